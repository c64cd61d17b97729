import { AGENDA_KIND_LABEL } from "@/lib/meetings/labels";

export const agendaKindOptions = Object.entries(AGENDA_KIND_LABEL).map(([value, label]) => ({ value, label }));
