import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api.ts';
import { checkForm, type MessengerForm, problemFromError, requestFromForm } from './messengerForm.ts';

const form: MessengerForm = {
  identityVerification: false,
  primaryColor: '#2563eb',
  launcherColor: '#2563eb',
  greeting: { en: 'Hi', es: 'Hola' },
  origins: ' https://www.example.com \n\n',
};

describe('the messenger settings form', () => {
  it('sends one origin per non-empty line, trimmed', () => {
    expect(requestFromForm(form).allowed_origins).toEqual(['https://www.example.com']);
    expect(checkForm(form)).toEqual([]);
  });

  it('finds what the server would refuse, one problem per field, naming the bad origin', () => {
    const problems = checkForm({
      ...form,
      primaryColor: 'blue',
      greeting: { en: 'Hi', es: 'x'.repeat(281) },
      origins: 'https://ok.example.com\nwww.example.com/shop',
    });
    expect(problems).toEqual([
      { field: 'primaryColor' },
      { field: 'greetingEs' },
      { field: 'origins', origin: 'www.example.com/shop' },
    ]);
  });

  it('places a refused save on the field it names', () => {
    const error = new ApiError(400, 'parameter_invalid', 'allowed_origins.1: bad', 'allowed_origins.1');
    expect(problemFromError(error, { ...form, origins: 'https://a.example.com\nftp://b' })).toEqual({
      field: 'origins',
      origin: 'ftp://b',
    });
  });
});
