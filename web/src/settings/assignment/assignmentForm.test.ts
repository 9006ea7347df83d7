import { describe, expect, it } from 'vitest';
import type { AssignmentSettings } from '../../../../protocol/assignment.ts';
import { checkForm, formFromSettings, requestFromForm } from './assignmentForm.ts';

const settings: AssignmentSettings = {
  type: 'assignment_settings',
  trigger: 'handoff',
  default_team_id: null,
  require_online: true,
  online_minutes: 10,
  grace_minutes: 5,
  language_routing: true,
  language_fallback: 'everyone',
  manual_counts_in_rotation: false,
  reply_assigns: true,
};

describe('the assignment settings form', () => {
  it('sends back what it was given, with no default team as null', () => {
    const form = formFromSettings(settings);
    expect(checkForm(form)).toEqual([]);
    const { type: _type, ...expected } = settings;
    expect(requestFromForm(form)).toEqual(expected);
  });

  it('sends the chosen default team id', () => {
    expect(requestFromForm({ ...formFromSettings(settings), defaultTeamId: '7' }).default_team_id).toBe('7');
  });

  it('points at minutes outside what the server accepts, in page order', () => {
    const form = formFromSettings(settings);
    expect(checkForm({ ...form, onlineMinutes: '0', graceMinutes: '121' })).toEqual(['onlineMinutes', 'graceMinutes']);
    expect(checkForm({ ...form, onlineMinutes: '1.5' })).toEqual(['onlineMinutes']);
    expect(checkForm({ ...form, onlineMinutes: '', graceMinutes: '0' })).toEqual(['onlineMinutes']);
    expect(checkForm({ ...form, onlineMinutes: '1440', graceMinutes: '120' })).toEqual([]);
  });

  it('neither checks nor sends the online window while it is off', () => {
    const form = { ...formFromSettings(settings), requireOnline: false, onlineMinutes: 'abc' };
    expect(checkForm(form)).toEqual([]);
    const request = requestFromForm(form);
    expect(request.require_online).toBe(false);
    expect(request).not.toHaveProperty('online_minutes');
    expect(request).not.toHaveProperty('grace_minutes');
  });
});
