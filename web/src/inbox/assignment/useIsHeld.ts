import { type RefObject, useEffect, useState } from 'react';

/** Whether the pointer is over the element or focus is inside it (a notice waits while someone reads or acts). */
export function useIsHeld(ref: RefObject<HTMLElement | null>): boolean {
  const [isHovered, setIsHovered] = useState(false);
  const [hasFocus, setHasFocus] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const enter = () => setIsHovered(true);
    const leave = () => setIsHovered(false);
    const focusIn = () => setHasFocus(true);
    const focusOut = (event: FocusEvent) => setHasFocus(element.contains(event.relatedTarget as Node | null));
    element.addEventListener('pointerenter', enter);
    element.addEventListener('pointerleave', leave);
    element.addEventListener('focusin', focusIn);
    element.addEventListener('focusout', focusOut);
    return () => {
      element.removeEventListener('pointerenter', enter);
      element.removeEventListener('pointerleave', leave);
      element.removeEventListener('focusin', focusIn);
      element.removeEventListener('focusout', focusOut);
    };
  }, [ref]);
  return isHovered || hasFocus;
}
