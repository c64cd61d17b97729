import { SectionHeading } from "@/components/ui/section-heading";
import { TextLink } from "@/components/ui/text-link";
import { cx } from "@/components/ui/cx";
import { STEP_STATE_LABEL, type MeetingStep, type StepState } from "@/lib/meetings/meeting-steps";

const STATE_STYLE: Record<StepState, string> = {
  done: "border-brand-700 bg-brand-50 text-brand-800",
  open: "border-amber-700 bg-amber-50 text-amber-900",
  "not-yet": "border-gray-500 text-muted",
  dropped: "border-gray-500 text-muted",
};

/**
 * The office's steps for this meeting as a task list (GOV.UK pattern): each step links to where
 * it is done and says whether it is done, open or not yet possible.
 */
export function MeetingSteps({ slug, meetingId, steps }: { slug: string; meetingId: string; steps: MeetingStep[] }) {
  const base = `/${slug}/intern/sitzungen/${meetingId}`;
  return (
    <section aria-labelledby="arbeitsschritte" className="mt-6">
      <SectionHeading id="arbeitsschritte">Arbeitsschritte</SectionHeading>
      <ol className="mt-2 divide-y divide-gray-200 border-y border-gray-200" aria-label="Arbeitsschritte der Sitzung">
        {steps.map((step, index) => {
          const href = `${base}${step.target.subpage ? `/${step.target.subpage}` : ""}${step.target.anchor ? `#${step.target.anchor}` : ""}`;
          return (
            <li
              key={step.key}
              className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 py-2"
              data-testid={`step-${step.key}`}
            >
              <span>
                <span className="text-muted">{index + 1}. </span>
                <TextLink strong href={href} aria-describedby={`schritt-${step.key}`}>
                  {step.title}
                </TextLink>
                <span className="block text-sm text-muted">{step.detail}</span>
              </span>
              <strong
                id={`schritt-${step.key}`}
                className={cx("rounded border px-2 text-sm font-semibold", STATE_STYLE[step.state])}
                data-testid="step-state"
              >
                {STEP_STATE_LABEL[step.state]}
              </strong>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
