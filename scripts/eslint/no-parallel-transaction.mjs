// One interactive transaction runs on one database connection: queries sent through it at
// the same time only queue (node-postgres deprecates overlapping queries on one client), and
// a query on another client inside it runs outside the tenant setting. So a transaction
// client (`tx`) never goes into Promise.all and friends; use oneByOne / mapOneByOne from
// lib/core/db/client.ts, which run the steps one after another and keep the tuple types.
const PARALLEL = new Set(["all", "allSettled", "any", "race"]);

/** @type {import("eslint").Rule.RuleModule} */
export const noParallelTransaction = {
  meta: {
    type: "problem",
    docs: { description: "Forbid Promise.all (allSettled, any, race) over a transaction client" },
    messages: {
      parallel:
        "Promise.{{method}} über dem Transaktions-Client `{{name}}`: eine Transaktion hat eine Verbindung – oneByOne/mapOneByOne aus lib/core/db/client.ts verwenden.",
    },
    schema: [{ type: "object", properties: { names: { type: "array", items: { type: "string" } } } }],
  },
  create(context) {
    const names = new Set(context.options[0]?.names ?? ["tx"]);
    const { sourceCode } = context;

    /** The transaction clients the arguments use that were opened outside them. */
    function outerClients(node, call, found) {
      if (!node || typeof node.type !== "string") return;
      if (node.type === "Identifier" && names.has(node.name)) {
        let scope = sourceCode.getScope(node);
        let variable = null;
        while (scope && !variable) {
          variable = scope.set.get(node.name) ?? null;
          scope = scope.upper;
        }
        const declared = variable?.defs[0]?.name.range;
        // a client opened inside the call (each item its own withRegion) runs on its own connection
        const inside = declared && declared[0] >= call.range[0] && declared[1] <= call.range[1];
        if (!inside) found.add(node.name);
      }
      for (const key of Object.keys(node)) {
        if (key === "parent") continue;
        const child = node[key];
        if (Array.isArray(child)) for (const item of child) outerClients(item, call, found);
        else if (child && typeof child === "object" && typeof child.type === "string") outerClients(child, call, found);
      }
    }

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
        const found = new Set();
        for (const arg of node.arguments) outerClients(arg, node, found);
        for (const name of found)
          context.report({ node, messageId: "parallel", data: { method: callee.property.name, name } });
      },
    };
  },
};

const plugin = { rules: { "no-parallel-transaction": noParallelTransaction } };
export default plugin;
