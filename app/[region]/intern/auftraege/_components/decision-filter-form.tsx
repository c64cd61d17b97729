import { Button } from "@/components/ui/button";
import { TextLink } from "@/components/ui/text-link";
import {
  ASSIGNMENT_STATUS_FILTER,
  DECISION_RESULT_FILTER,
  FILTER_PARAM,
  hasFilters,
  type DecisionFilters,
} from "@/lib/decisions/decision-filters";

const input = "mt-1 w-full rounded border border-gray-500 px-3 py-2";

type Option = { value: string; label: string };

function Select({ name, label, value, options }: { name: string; label: string; value: string; options: Option[] }) {
  const id = `filter-${name}`;
  return (
    <div>
      <label htmlFor={id} className="block font-semibold">
        {label}
      </label>
      <select id={id} name={name} defaultValue={value} className={input}>
        <option value="">alle</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

const entries = (labels: Record<string, string>) => Object.entries(labels).map(([value, label]) => ({ value, label }));

/** The filters of the list as a GET form: works without JavaScript, every filtered list has its URL. */
export function DecisionFilterForm({
  base,
  filters,
  bodies,
  fieldsOfAction,
  people,
  years,
}: {
  base: string;
  filters: DecisionFilters;
  bodies: { id: string; name: string }[];
  fieldsOfAction: { id: string; name: string }[];
  people: { id: string; label: string }[];
  years: number[];
}) {
  return (
    <form
      method="get"
      action={base}
      role="search"
      aria-label="Beschlüsse und Aufträge filtern"
      className="mt-4 grid gap-4 rounded border border-brand-100 p-4 sm:grid-cols-2 lg:grid-cols-3"
    >
      <Select
        name={FILTER_PARAM.bodyId}
        label="Gremium"
        value={filters.bodyId ?? ""}
        options={bodies.map((b) => ({ value: b.id, label: b.name }))}
      />
      <Select
        name={FILTER_PARAM.fieldOfActionId}
        label="Handlungsfeld"
        value={filters.fieldOfActionId ?? ""}
        options={fieldsOfAction.map((f) => ({ value: f.id, label: f.name }))}
      />
      <Select
        name={FILTER_PARAM.year}
        label="Jahr"
        value={filters.year ? String(filters.year) : ""}
        options={years.map((y) => ({ value: String(y), label: String(y) }))}
      />
      <Select
        name={FILTER_PARAM.result}
        label="Ergebnis des Beschlusses"
        value={filters.result ?? ""}
        options={entries(DECISION_RESULT_FILTER)}
      />
      <Select
        name={FILTER_PARAM.status}
        label="Stand des Auftrags"
        value={filters.status ?? ""}
        options={entries(ASSIGNMENT_STATUS_FILTER)}
      />
      <Select
        name={FILTER_PARAM.ownerId}
        label="Verantwortlich"
        value={filters.ownerId ?? ""}
        options={people.map((p) => ({ value: p.id, label: p.label }))}
      />
      <div className="flex flex-wrap items-center gap-4 sm:col-span-2 lg:col-span-3">
        <Button type="submit">Filtern</Button>
        {hasFilters(filters) && <TextLink href={base}>Alle Filter zurücksetzen</TextLink>}
      </div>
    </form>
  );
}
