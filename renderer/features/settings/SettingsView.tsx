import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { Input } from '../../../shared/api/contract';
import type { WeekStart } from '../../../shared/domain/day';
import type { Settings } from '../../../shared/domain/model';
import { weekdayName } from '../../../shared/domain/periods';
import { useApi } from '../../query/ApiContext';
import { journalChanged } from '../../query/cache';
import { keys } from '../../query/keys';
import { useSettings, useSystemInfo } from '../../query/queries';
import { errorMessage } from '../../ui/errors';
import { QUICK_CAPTURE_SHORTCUT, shortcutLabel } from '../../ui/shortcuts';
import { useWelcomeActions } from '../../entries/useWelcomeActions';
import { APPEARANCES, setAppearance, useAppearance } from '../../ui/appearance';
import { SegmentedControl } from '../../ui/SegmentedControl';
import { BackupSettings } from './BackupSettings';
import { RepositorySettings } from './RepositorySettings';

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 0] as const;
type Patch = Input<'settings.update'>;

/** Saves one change at once; a refusal is shown beside the control that caused it. */
function useSettingsSaver() {
  const api = useApi();
  const client = useQueryClient();
  const [problems, setProblems] = useState<Partial<Record<keyof Patch, string>>>({});
  const [savedKey, setSavedKey] = useState<keyof Patch | null>(null);

  const save = async (key: keyof Patch, patch: Patch): Promise<boolean> => {
    // Show the choice at once (a checkbox must not spring back while the save runs).
    const before = client.getQueryData<Settings>(keys.settings);
    if (before) client.setQueryData<Settings>(keys.settings, { ...before, ...patch } as Settings);
    try {
      const settings = await api.invoke('settings.update', patch);
      client.setQueryData(keys.settings, settings);
      // The first day of the week moves every week boundary: the week, the streak, reminders.
      if (key === 'weekStartsOn') journalChanged(client);
      setProblems((p) => ({ ...p, [key]: undefined }));
      setSavedKey(key);
      return true;
    } catch (error) {
      if (before) client.setQueryData(keys.settings, before);
      setProblems((p) => ({ ...p, [key]: errorMessage(error) }));
      setSavedKey(null);
      return false;
    }
  };
  return { save, problems, savedKey };
}

/** How Chronicle fits your week: when weeks start, when to remind you, and where your journal lives. */
export function SettingsView() {
  const settings = useSettings();
  return (
    <div className="page">
      <div className="page-inner">
        <header className="page-header">
          <h1 className="page-title">Settings</h1>
          <p className="page-lede">Saved as soon as you change them.</p>
        </header>
        {settings.isError && (
          <p className="field-error" role="alert">
            Couldn’t load the settings: {errorMessage(settings.error)}
          </p>
        )}
        {settings.data && <SettingsForm settings={settings.data} />}
      </div>
    </div>
  );
}

function SettingsForm({ settings }: { settings: Settings }) {
  const { save, problems, savedKey } = useSettingsSaver();
  const info = useSystemInfo();
  const { loadExamples, removeExamples } = useWelcomeActions();
  const [accelerator, setAccelerator] = useState(settings.quickCapture.accelerator);
  const reminder = settings.reminder;

  const saveReminder = (patch: Partial<Settings['reminder']>) => void save('reminder', { reminder: { ...reminder, ...patch } });
  const saveQuickCapture = (patch: Partial<Settings['quickCapture']>) =>
    void save('quickCapture', { quickCapture: { ...settings.quickCapture, accelerator: accelerator.trim(), ...patch } });

  return (
    <div className="settings">
      <AppearanceSetting />
      <section className="settings-group" aria-labelledby="settings-week">
        <h2 className="settings-heading" id="settings-week">
          Your week
        </h2>
        <div className="settings-row">
          <label className="settings-label" htmlFor="settings-week-start">
            First day of the week
          </label>
          <select
            id="settings-week-start"
            className="input select"
            value={settings.weekStartsOn}
            onChange={(event) => void save('weekStartsOn', { weekStartsOn: Number(event.target.value) })}
          >
            {WEEKDAYS.map((day) => (
              <option key={day} value={day}>
                {weekdayName(day)}
              </option>
            ))}
          </select>
          <Saved show={savedKey === 'weekStartsOn'} />
        </div>
        <Problem message={problems.weekStartsOn} />
      </section>

      <section className="settings-group" aria-labelledby="settings-reminder">
        <h2 className="settings-heading" id="settings-reminder">
          Weekly reminder
        </h2>
        <label className="settings-check">
          <input type="checkbox" checked={reminder.enabled} onChange={(event) => saveReminder({ enabled: event.target.checked })} />
          <span>Remind me to write</span>
        </label>
        <div className={`settings-row ${reminder.enabled ? '' : 'is-disabled'}`}>
          <label className="settings-label" htmlFor="settings-reminder-day">
            On
          </label>
          <select
            id="settings-reminder-day"
            className="input select"
            disabled={!reminder.enabled}
            value={reminder.weekday}
            onChange={(event) => saveReminder({ weekday: Number(event.target.value) as WeekStart })}
          >
            {WEEKDAYS.map((day) => (
              <option key={day} value={day}>
                {weekdayName(day)}
              </option>
            ))}
          </select>
          <label className="settings-label settings-label-inline" htmlFor="settings-reminder-time">
            at
          </label>
          <TimeField value={reminder.time} disabled={!reminder.enabled} onCommit={(time) => saveReminder({ time })} />
          <Saved show={savedKey === 'reminder'} />
        </div>
        <Problem message={problems.reminder} />
        <p className="settings-note">
          A notification from the desktop app. It never nags: once the week has an entry, it stays quiet until next week. A reminder missed
          while Chronicle was closed comes once, the next time you open it.
        </p>
      </section>

      <section className="settings-group" aria-labelledby="settings-capture">
        <h2 className="settings-heading" id="settings-capture">
          Quick capture
        </h2>
        <p className="settings-note settings-note-first">
          Inside Chronicle, <kbd>{shortcutLabel(QUICK_CAPTURE_SHORTCUT)}</kbd> opens a small form to jot down an entry from anywhere.
        </p>
        <label className="settings-check">
          <input
            type="checkbox"
            checked={settings.quickCapture.enabled}
            onChange={(event) => saveQuickCapture({ enabled: event.target.checked })}
          />
          <span>Also from other apps, with a global shortcut</span>
        </label>
        <div className="settings-row">
          <label className="settings-label" htmlFor="settings-accelerator">
            Shortcut
          </label>
          <input
            id="settings-accelerator"
            className="input settings-accelerator"
            spellCheck={false}
            value={accelerator}
            aria-invalid={problems.quickCapture ? true : undefined}
            aria-describedby="settings-accelerator-note"
            onChange={(event) => setAccelerator(event.target.value)}
            onBlur={() => {
              if (accelerator.trim() !== settings.quickCapture.accelerator) saveQuickCapture({});
            }}
            onKeyDown={(event) => {
              if (event.key === 'Enter') event.currentTarget.blur();
              if (event.key === 'Escape') setAccelerator(settings.quickCapture.accelerator);
            }}
          />
          <Saved show={savedKey === 'quickCapture'} />
        </div>
        <Problem message={problems.quickCapture} />
        <p className="settings-note" id="settings-accelerator-note">
          Keys joined by +, such as <code>CommandOrControl+Shift+J</code>. Works only in the desktop app, not in a browser. If another app
          already uses the keys, Chronicle tells you.
        </p>
      </section>

      <section className="settings-group" aria-labelledby="settings-data">
        <h2 className="settings-heading" id="settings-data">
          Where your journal lives
        </h2>
        {info.data ? (
          <>
            <p className="settings-note settings-note-first">
              One file on this computer. Back it up like any document; nothing is sent anywhere.
            </p>
            <code className="settings-path">{info.data.databasePath}</code>
            <p className="settings-note">
              {info.data.entryCount.toLocaleString()} {info.data.entryCount === 1 ? 'entry' : 'entries'}
              {info.data.trashedCount > 0 && `, ${info.data.trashedCount.toLocaleString()} in the trash`} · format version{' '}
              {info.data.schemaVersion}
            </p>
          </>
        ) : info.isError ? (
          <Problem message={errorMessage(info.error)} />
        ) : null}
      </section>

      <BackupSettings backup={settings.backup} />

      <RepositorySettings git={settings.git} />

      <section className="settings-group" aria-labelledby="settings-examples">
        <h2 className="settings-heading" id="settings-examples">
          Example entries
        </h2>
        <p className="settings-note settings-note-first">
          Ten weeks of a made-up engineer’s brag document, to see every view with something in it. Marked “Example”, and removed in one
          step.
        </p>
        <div className="settings-buttons">
          <button type="button" className="button button-small" onClick={() => void loadExamples()}>
            Load example entries
          </button>
          <button type="button" className="button button-small button-quiet button-danger-quiet" onClick={() => void removeExamples()}>
            Remove examples
          </button>
        </div>
      </section>
    </div>
  );
}

/** A time of day, saved when a whole time has been entered. */
function TimeField({ value, disabled, onCommit }: { value: string; disabled: boolean; onCommit: (time: string) => void }) {
  const [text, setText] = useState(value);
  return (
    <input
      id="settings-reminder-time"
      className="input settings-time"
      type="time"
      disabled={disabled}
      value={text}
      onChange={(event) => {
        setText(event.target.value);
        if (event.target.value && event.target.value !== value) onCommit(event.target.value);
      }}
    />
  );
}

function Saved({ show }: { show: boolean }) {
  return (
    <span className={`settings-saved ${show ? 'is-shown' : ''}`} role="status">
      {show ? 'Saved' : ''}
    </span>
  );
}

function Problem({ message }: { message?: string }) {
  if (!message) return null;
  return (
    <p className="field-error" role="alert">
      {message}
    </p>
  );
}

/** Light, Dark or System: applies at once, in every window of this computer. */
function AppearanceSetting() {
  const appearance = useAppearance();
  return (
    <section className="settings-group" aria-labelledby="settings-appearance">
      <h2 className="settings-heading" id="settings-appearance">
        Appearance
      </h2>
      <div className="settings-row">
        <span className="settings-label">Colours</span>
        <SegmentedControl label="Appearance" value={appearance} options={APPEARANCES} onChange={setAppearance} />
      </div>
    </section>
  );
}
