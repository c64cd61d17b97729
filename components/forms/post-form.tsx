import { FormBody, type FormBodyProps } from "./form-body";

interface Props extends Omit<FormBodyProps, "pending"> {
  /** Where the form posts to (the page itself). */
  action: string;
  /** The id of the heading that names this form. */
  labelledBy?: string;
  className?: string;
}

/**
 * A plain HTML form (method POST, urlencoded) for the public pages that ship no JavaScript:
 * the page handles the post on the server and renders `state` (messages next to the fields,
 * typed values kept) or redirects after a success.
 */
export function PostForm({ action, labelledBy, className = "", ...body }: Props) {
  return (
    <form method="post" action={action} noValidate className={`space-y-4 ${className}`} aria-labelledby={labelledBy}>
      <FormBody {...body} />
    </form>
  );
}
