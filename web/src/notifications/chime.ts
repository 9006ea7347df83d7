let context: AudioContext | undefined;

function audio(): AudioContext | undefined {
  if (typeof AudioContext === 'undefined') return undefined;
  context ??= new AudioContext();
  return context;
}

/**
 * Browsers let a page make sound only after the person interacted with it: the first click or key in the tab
 * starts the audio, so a later notification can chime.
 */
export function unlockAudioOnFirstGesture(): () => void {
  const unlock = () => {
    audio()
      ?.resume()
      .catch(() => undefined);
    stop();
  };
  const stop = () => {
    window.removeEventListener('pointerdown', unlock);
    window.removeEventListener('keydown', unlock);
  };
  window.addEventListener('pointerdown', unlock);
  window.addEventListener('keydown', unlock);
  return stop;
}

/** Two short soft notes, rising (a fifth), made with WebAudio: no sound file to ship. */
export function playChime(): void {
  const sound = audio();
  if (!sound) return;
  sound.resume().catch(() => undefined);
  const start = sound.currentTime + 0.01;
  [880, 1318.5].forEach((frequency, index) => {
    const at = start + index * 0.13;
    const oscillator = sound.createOscillator();
    const gain = sound.createGain();
    oscillator.type = 'sine';
    oscillator.frequency.value = frequency;
    gain.gain.setValueAtTime(0, at);
    gain.gain.linearRampToValueAtTime(0.14, at + 0.015);
    gain.gain.exponentialRampToValueAtTime(0.0001, at + 0.28);
    oscillator.connect(gain).connect(sound.destination);
    oscillator.start(at);
    oscillator.stop(at + 0.3);
  });
}
