// The GraphQL IDE that `flare serve` shows at GET /graphql. Everything (editor, workers, styles)
// is bundled by Vite so the page works with no network beyond the API itself.
import "graphiql/setup-workers/vite";
import "graphiql/style.css";
import { createGraphiQLFetcher } from "@graphiql/toolkit";
import { GraphiQL } from "graphiql";
import { createRoot } from "react-dom/client";

// The IDE is served by the API it talks to, so the endpoint is same-origin; the WebSocket scheme
// follows the page's so subscriptions also work behind TLS.
const wsScheme = location.protocol === "https:" ? "wss:" : "ws:";
const fetcher = createGraphiQLFetcher({
  url: "/graphql",
  subscriptionUrl: `${wsScheme}//${location.host}/graphql`,
});

const root = document.getElementById("root");
if (!root) {
  throw new Error("index.html has no #root element");
}
createRoot(root).render(<GraphiQL fetcher={fetcher} />);
