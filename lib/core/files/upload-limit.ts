// How large an upload may be, in one place for the use cases, the form (which checks the
// chosen file before sending it), the proxy and next.config.ts. The forms promise "höchstens
// 10 MB": a file of exactly 10 MiB must arrive whole. A request carries the file plus the
// multipart framing and the other fields, so Next's limits (the proxy's copy of the body and
// the server action's body) sit above the file limit: a file up to that bound reaches the use
// case and gets the German message from there; a larger request is answered by the proxy
// with 413 and the same message, never truncated (a cut multipart body was a 500).
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
export const MAX_REQUEST_BYTES = 12 * 1024 * 1024;
export const UPLOAD_TOO_LARGE = "Die Datei ist größer als 10 MB.";
