// Shared by the server (which marks the error) and the error pages in the browser (which
// recognise it). Next passes a Server Component's error to the browser without its message
// in production, but with its `digest` unchanged when the error already carries one.
export const DATABASE_UNAVAILABLE_DIGEST = "BILDUNGSNETZ_DATENBANK_NICHT_ERREICHBAR";
export const DATABASE_UNAVAILABLE_MESSAGE =
  "Die Datenbank ist gerade nicht erreichbar – bitte versuchen Sie es in einem Moment erneut.";
