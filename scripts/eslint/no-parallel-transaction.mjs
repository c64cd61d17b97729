// One interactive transaction runs on one database connection: queries sent through it at
// the same time only queue (node-postgres deprecates overlapping queries on one client), and
// a query on another client inside it runs outside the tenant setting. So a transaction
// client (`tx`) never goes into Promise.all and friends; use oneByOne / mapOneByOne from
// lib/db/client.ts, which run the steps one after another and keep the tuple types.
const PARALLEL = new Set(["all", "allSettled", "any", "race"]);

/** @type {import("eslint").Rule.RuleModule} */
export const noParallelTransaction = {
  meta: {
    type: "problem",
    docs: { description: "Forbid Promise.all (allSettled, any, race) over a transaction client" },
    messages: {
      parallel:
        "Promise.{{method}} über dem Transaktions-Client `{{name}}`: eine Transaktion hat eine Verbindung – oneByOne/mapOneByOne aus lib/db/client.ts verwenden.",
    },
    schema: [{ type: "object", properties: { names: { type: "array", items: { type: "string" } } } }],
  },
  create(context) {
    const names = context.options[0]?.names ?? ["tx"];
    const pattern = new RegExp(`\\b(${names.join("|")})\\b`);
    return {
      CallExpression(node) {
        const callee = node.callee;
        if (
          callee.type !== "MemberExpression" ||
          callee.object.type !== "Identifier" ||
          callee.object.name !== "Promise"
        )
          return;
        if (callee.property.type !== "Identifier" || !PARALLEL.has(callee.property.name)) return;
        const text = node.arguments.map((arg) => context.sourceCode.getText(arg)).join(" ");
        const match = pattern.exec(text);
        if (match)
          context.report({ node, messageId: "parallel", data: { method: callee.property.name, name: match[1] } });
      },
    };
  },
};

const plugin = { rules: { "no-parallel-transaction": noParallelTransaction } };
export default plugin;
