// The house rule bildungsnetz/no-parallel-transaction (scripts/eslint/): a transaction client
// opened outside Promise.all must not be used inside it; each parallel item opening its own
// transaction is fine.
import { RuleTester } from "eslint";
import { describe, it } from "vitest";
import { noParallelTransaction } from "../../scripts/eslint/no-parallel-transaction.mjs";

RuleTester.describe = describe;
RuleTester.it = it;
const tester = new RuleTester({ languageOptions: { ecmaVersion: 2024, sourceType: "module" } });

tester.run("no-parallel-transaction", noParallelTransaction, {
  valid: [
    "withRegion(id, async (tx) => { const [a, b] = await oneByOne(() => tx.a.findMany(), () => tx.b.count()); })",
    "Promise.all(regions.map((r) => withRegion(r.id, async (tx) => tx.body.findMany())))",
    "Promise.all([load(context), frameUser(context)])",
    "async function f(tx) { const txt = 'tx'; await Promise.all([fetch(txt)]); }",
  ],
  invalid: [
    {
      code: "withRegion(id, (tx) => Promise.all([tx.person.count(), tx.membership.count()]))",
      errors: [{ messageId: "parallel", data: { method: "all", name: "tx" } }],
    },
    {
      code: "async function f(tx, ids) { return Promise.allSettled(ids.map((id) => load(tx, id))); }",
      errors: [{ messageId: "parallel", data: { method: "allSettled", name: "tx" } }],
    },
    {
      code: "async function f(db) { await Promise.race([db.a.findMany()]); }",
      options: [{ names: ["db"] }],
      errors: [{ messageId: "parallel", data: { method: "race", name: "db" } }],
    },
  ],
});
