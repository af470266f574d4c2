"use client";

import { TextField } from "@/components/ui/field";
import { FormShell } from "@/components/ui/form-shell";
import { SelectField } from "@/components/ui/select-field";
import { useActionFormFields } from "@/components/ui/use-action-form-fields";
import { setDigestDay, setNotificationPreference, setSlackWebhook } from "@/lib/actions/notifications";
import type { ChannelSet } from "@/lib/notifications/events";

const CHANNELS = [
  ["inApp", "In the inbox"],
  ["email", "By e-mail"],
  ["slack", "In Slack"],
] as const;

/** One event's channels: three checkboxes and a save button (lib/actions/notifications.ts). */
export function PreferenceForm(props: {
  agencySlug: string;
  event: string;
  label: string;
  description: string;
  channels: ChannelSet;
  slackAvailable: boolean;
}) {
  const id = `pref-${props.event.replace(/\W/g, "-")}`;
  const { shell } = useActionFormFields(id, { success: `Saved: ${props.label}.` }, (values) => {
    const ticked = (channel: string) => values.get(channel) === "on";
    return setNotificationPreference(props.agencySlug, {
      event: props.event,
      inApp: ticked("inApp"),
      email: ticked("email"),
      slack: ticked("slack"),
    });
  });
  return (
    <FormShell
      {...shell}
      label={props.label}
      submitLabel="Save"
      className="space-y-3 border-t border-slate-100 pt-4 first:border-t-0 first:pt-0"
    >
      <fieldset>
        <legend className="font-medium text-slate-900">{props.label}</legend>
        <p className="text-sm text-slate-600">{props.description}</p>
        <div className="mt-2 flex flex-wrap gap-x-6 gap-y-2">
          {CHANNELS.map(([channel, text]) => (
            <label
              key={channel}
              htmlFor={`${id}-${channel}`}
              className="flex items-center gap-2 text-sm text-slate-800"
            >
              <input
                id={`${id}-${channel}`}
                type="checkbox"
                name={channel}
                defaultChecked={props.channels[channel]}
                disabled={channel === "slack" && !props.slackAvailable}
                className="h-4 w-4"
              />
              {text}
            </label>
          ))}
        </div>
      </fieldset>
    </FormShell>
  );
}

const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

export function DigestDayForm({
  agencySlug,
  weekday,
  weekStartLabel,
}: {
  agencySlug: string;
  weekday: number | null;
  weekStartLabel: string;
}) {
  const { field, shell } = useActionFormFields("digest", { success: "Digest day saved." }, (values) =>
    setDigestDay(agencySlug, { weekday: values.get("weekday") }),
  );
  const days = [
    { value: "", label: `The agency's week start (${weekStartLabel})` },
    ...DAYS.map((d, i) => ({ value: String(i), label: d })),
  ];
  return (
    <FormShell {...shell} label="Weekly digest day" submitLabel="Save day">
      <SelectField
        {...field("weekday")}
        label="Send my weekly digest on"
        defaultValue={weekday === null ? "" : String(weekday)}
        options={days}
        hint="Sent after 07:00 in the agency's time zone."
      />
    </FormShell>
  );
}

export function WebhookForm({ agencySlug, masked }: { agencySlug: string; masked: string | null }) {
  const { field, shell } = useActionFormFields("webhook", { success: "Webhook saved." }, (values) =>
    setSlackWebhook(agencySlug, { url: values.get("url").trim() }),
  );
  return (
    <FormShell {...shell} label="Slack webhook" submitLabel="Save webhook">
      <p className="text-sm text-slate-700" data-testid="webhook-current">
        {masked ? `Current webhook: ${masked}` : "No webhook set."}
      </p>
      <TextField
        {...field("url")}
        label="New incoming webhook URL"
        type="url"
        autoComplete="off"
        placeholder="https://hooks.slack.com/services/…"
        hint="Stored as a secret and never shown again in full. Leave empty and save to remove it."
      />
    </FormShell>
  );
}
