/** The hidden field that names the poll in every form on its page. */
export function pollIdFields(pollId: string) {
  return [{ kind: "hidden" as const, name: "pollId", value: pollId }];
}
