"""The scan on the shapes real integrations were seen to use, each in a few lines of
code of our own: a request whose options array gets its method late, a request object
made with its URL, a parameter bag, a closure, settings with defaults, and others."""

from __future__ import annotations

from pathlib import Path

import pytest

from scraper.runtime.cli import load_json
from scraper.scan.scanner import Scan, scan
from tests.test_scan import CATALOGUE, CO, endpoints


def scanned(tmp_path: Path, files: dict[str, str]) -> Scan:
    for name, source in files.items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(source)
    return scan(load_json(CATALOGUE), [tmp_path])


# Each pattern: its files, and every (method, endpoint) the scan must find, nothing more.
PATTERNS = {
    "options-method-set-late": (
        {
            "adapter.php": "<?php\nclass Acme_Adapter {\n"
            "  private $base = 'https://checkout.dintero.com/v1/';\n"
            "  private function url($path) { return $this->base . trim($path, '/'); }\n"
            "  public function update($id, $args) {\n"
            "    $args['method'] = 'PUT';\n"
            '    return _wp_http_get_object()->request($this->url("transactions/$id"), $args);\n'
            "  }\n"
            "}\n"
        },
        {("PUT", f"{CO}/transactions/{{id}}")},
    ),
    "client-made-with-its-url": (
        {
            "Client.php": "<?php\nclass Acme_Client {\n"
            "  const BASE = 'https://checkout.dintero.com/v1/';\n"
            "  protected function init($url) {\n"
            "    $http = new Http_Client($url);\n"
            "    return $http->setHeaders(['Accept' => 'application/json'])"
            "->setMethod(Http_Client::POST);\n"
            "  }\n"
            "  public function session($id) {\n"
            "    $http = $this->init(self::BASE . 'sessions/' . $id)"
            "->setMethod(Http_Client::GET);\n"
            "    return $http->request()->getBody();\n"
            "  }\n"
            "  public function capture($id) {\n"
            '    return $this->init(self::BASE . "transactions/$id/capture")'
            "->setRawData('{}')->request();\n"
            "  }\n"
            "  public function status($id) {\n"
            "    $http = new Http_Client(self::BASE . 'transactions/' . $id);\n"
            "    return $http->request();\n"
            "  }\n"
            "}\n"
        },
        {
            ("GET", f"{CO}/sessions/{{session_id}}"),
            ("POST", f"{CO}/transactions/{{id}}/capture"),
            ("GET", f"{CO}/transactions/{{id}}"),
        },
    ),
    "client-given-its-url-by-setters": (
        {
            "send.php": "<?php\nfunction void_it($id) {\n"
            "  $c = $factory->create();\n"
            "  $c->setUri('https://checkout.dintero.com/v1/transactions/' . $id . '/void');\n"
            "  $c->setMethod('POST');\n"
            "  $c->setHeaders([]);\n"
            "  return $c->send();\n"
            "}\n"
            "function unrelated($queue) { return $queue->send(); }\n"
        },
        {("POST", f"{CO}/transactions/{{id}}/void")},
    ),
    "closure-sees-the-enclosing-function": (
        {
            "middleware.ts": 'import createClient from "openapi-fetch";\n'
            "const cancel = async (client, id) =>\n"
            '  client.POST("/sessions/{session_id}/cancel", '
            "{ params: { path: { session_id: id } } });\n"
            "export const middleware = (client) => {\n"
            "  return {\n"
            "    async onRequest({ request }) {\n"
            "      await cancel(client, request.id);\n"
            "      return request;\n"
            "    },\n"
            "  };\n"
            "};\n"
            "export const make = () => {\n"
            '  const checkout = createClient({ baseUrl: "https://checkout.dintero.com/v1" });\n'
            "  checkout.use(middleware(checkout));\n"
            "  return checkout;\n"
            "};\n"
        },
        {("POST", f"{CO}/sessions/{{session_id}}/cancel")},
    ),
    "nested-functions-share-names": (
        {
            "client.py": "import requests\n\n"
            "def client(base):\n"
            "    def get(path):\n"
            "        return requests.get(base + path)\n"
            "    def session(sid):\n"
            "        return get(f'/sessions/{sid}')\n"
            "    return session\n\n"
            "fetch_session = client('https://checkout.dintero.com/v1')\n"
        },
        {("GET", f"{CO}/sessions/{{session_id}}")},
    ),
    "merged-settings-with-empty-defaults": (
        {
            "embed.ts": "const defaults = {\n"
            '  api: { url: "https://checkout.dintero.com", session: "", limit: 10 },\n'
            "};\n"
            "const merge = (a, b) => ({ ...a, ...b, api: { ...a.api, ...b.api } });\n"
            "const load = (settings) =>\n"
            "  window.fetch(`${settings.api.url}/v1/sessions/${settings.api.session}`);\n"
            "export const embed = (options) => load(merge(defaults, options));\n",
            "env.py": "import os\nimport requests\n"
            "TRANSACTION = os.getenv('TRANSACTION', '')\n"
            "def void():\n"
            "    return requests.post("
            "f'https://checkout.dintero.com/v1/transactions/{TRANSACTION}/void')\n",
        },
        {
            ("GET", f"{CO}/sessions/{{session_id}}"),
            ("POST", f"{CO}/transactions/{{id}}/void"),
        },
    ),
    "settings-loaded-by-type-with-install-defaults": (
        {
            "AcmeSettings.cs": "public class AcmeSettings {\n"
            "  public bool Sandbox { get; set; }\n"
            "  public string SandboxHost { get; set; }\n"
            "  public string LiveHost { get; set; }\n}\n",
            "AcmeHttp.cs": "public interface IAcmeHttp {\n"
            "  Task<HttpResponseMessage> PostAsync(string endpoint, string body);\n}\n"
            "public class AcmeHttp : IAcmeHttp {\n"
            "  private readonly ISettingStore _store;\n"
            "  private readonly IHttpClientFactory _factory;\n"
            "  public AcmeHttp(ISettingStore store, IHttpClientFactory factory) {\n"
            "    _store = store; _factory = factory;\n  }\n"
            "  public async Task<HttpResponseMessage> PostAsync(string endpoint, string body) {\n"
            "    var settings = await _store.LoadAsync<AcmeSettings>();\n"
            "    var host = settings.Sandbox ? settings.SandboxHost ?? string.Empty"
            " : settings.LiveHost ?? string.Empty;\n"
            "    var url = $\"https://{host.TrimEnd('/')}/{endpoint}\";\n"
            '    var http = _factory.CreateClient("acme");\n'
            "    return await http.PostAsync(url, new StringContent(body));\n  }\n}\n",
            "AcmeInstaller.cs": "public class AcmeInstaller {\n"
            "  public void Install(ISettingStore store) {\n"
            "    store.Save(new AcmeSettings { Sandbox = true,"
            ' SandboxHost = "checkout.dintero.com/v1/" });\n  }\n}\n',
            "AcmeProcessor.cs": "public class AcmeProcessor {\n"
            "  private readonly IAcmeHttp _http;\n"
            "  public AcmeProcessor(IAcmeHttp http) { _http = http; }\n"
            "  public Task Capture(string id) =>\n"
            '    _http.PostAsync(endpoint: "transactions/" + id + "/capture", body: "{}");\n}\n',
        },
        {("POST", f"{CO}/transactions/{{id}}/capture")},
    ),
    "the-dintero-node-sdk": (
        {
            "bin/capture.ts": 'import { createClient as dintero } from "@dintero/node-sdk";\n'
            "const client = dintero({ clientId: 'id', clientSecret: 's', audience: 'a' });\n"
            'await client.checkout.POST("/transactions/{id}/capture", '
            "{ params: { path: { id: process.argv[2] } }, body: { amount: 100 } });\n",
            "lib/settlements.js": 'const { createClient } = require("@dintero/node-sdk");\n'
            "module.exports = (options) =>\n"
            '  createClient(options).core.GET("/accounts/{aid}/settlements", '
            "{ params: { path: { aid: options.account } } });\n",
        },
        {
            ("POST", f"{CO}/transactions/{{id}}/capture"),
            ("GET", "https://api.dintero.com/v1/accounts/{aid}/settlements"),
        },
    ),
    "go-net-http": (
        {
            "dintero/client.go": "package dintero\n\n"
            'import (\n\t"fmt"\n\t"net/http"\n\tstr "strings"\n)\n\n'
            'const defaultBase = "https://checkout.dintero.com/v1/"\n\n'
            "type Client struct {\n\tbase string\n\thttp *http.Client\n}\n\n"
            "func New(base string) *Client {\n"
            '\tif base == "" {\n\t\tbase = defaultBase\n\t}\n'
            '\treturn &Client{base: str.TrimSuffix(base, "/"), http: &http.Client{}}\n}\n\n'
            "func (c *Client) url(path string) string {\n"
            '\treturn c.base + "/" + path\n}\n\n'
            "func (c *Client) Capture(id string) (*http.Response, error) {\n"
            "\treq, err := http.NewRequest(http.MethodPost,"
            ' c.url(fmt.Sprintf("transactions/%s/capture", id)), nil)\n'
            "\tif err != nil {\n\t\treturn nil, err\n\t}\n"
            "\treturn c.http.Do(req)\n}\n",
            # Methods of a type in another file of its package.
            "dintero/sessions.go": 'package dintero\n\nimport "net/http"\n\n'
            "func (c *Client) Session(id string) (*http.Response, error) {\n"
            '\treturn c.http.Get(c.base + "/sessions/" + id)\n}\n',
            "dintero/client_test.go": 'package dintero\n\nimport "net/http"\n\n'
            "func TestVoid() {\n"
            '\thttp.Post("https://checkout.dintero.com/v1/transactions/t/void", "", nil)\n}\n',
        },
        {
            ("POST", f"{CO}/transactions/{{id}}/capture"),
            ("GET", f"{CO}/sessions/{{session_id}}"),
        },
    ),
    "object-from-a-dependency-injection-factory": (
        {
            "Api.php": "<?php\nclass Acme_Api {\n"
            "  const BASE = 'https://checkout.dintero.com/v1/';\n"
            "  public function call($path) { return wp_remote_get(self::BASE . $path); }\n}\n",
            "Sync.php": "<?php\nclass Acme_Sync {\n"
            "  public function run($id) {\n"
            '    return $this->apiFactory->create()->call("sessions/$id");\n  }\n}\n',
        },
        {("GET", f"{CO}/sessions/{{session_id}}")},
    ),
}


@pytest.mark.parametrize("name", PATTERNS)
def test_real_integration_patterns(tmp_path: Path, name: str) -> None:
    files, expected = PATTERNS[name]
    result = scanned(tmp_path, files)
    assert endpoints(result) == expected
    assert all(f.problem is None for f in result.found), [f.problem for f in result.found]


def test_an_object_whose_method_the_code_leaves_open_is_not_given_a_default(
    tmp_path: Path,
) -> None:
    result = scanned(
        tmp_path,
        {
            "open.php": "<?php\nfunction call_it($verb, $id) {\n"
            "  $c = new Http_Client('https://checkout.dintero.com/v1/sessions/' . $id);\n"
            "  return $c->setMethod($verb)->request();\n"
            "}\n"
        },
    )
    [call] = result.found
    assert call.call is None and call.method is None
    assert call.problem is not None and "GET, PUT" in call.problem


def test_a_parameter_bag_gives_what_the_repository_stores_under_a_key(tmp_path: Path) -> None:
    result = scanned(
        tmp_path,
        {
            "Gateway.php": "<?php\nclass Acme_Gateway {\n"
            "  const BASE = 'https://checkout.dintero.com/v1/';\n"
            "  public function initialize() { $this->parameters->set('endpoint', self::BASE); }\n"
            "}\n",
            "Refund.php": "<?php\nclass Acme_Refund {\n"
            "  public function getEndpoint() { return $this->getParameter('endpoint'); }\n"
            "  public function setTransactionId($id) {\n"
            "    return $this->setParameter('transaction_id', $id);\n  }\n"
            "  public function sendData($data) {\n"
            "    $id = $this->getParameter('transaction_id');\n"
            "    return $this->httpClient->request('POST', "
            "$this->getEndpoint() . 'transactions/' . $id . '/refund', [], $data);\n"
            "  }\n"
            "  public function orders() {\n"
            "    return $this->httpClient->request('GET', $this->getEndpoint() . 'orders/x');\n"
            "  }\n"
            "}\n",
        },
    )
    assert endpoints(result) == {("POST", f"{CO}/transactions/{{id}}/refund")}
    refund, invented = result.found
    assert refund.url == f"{CO}/transactions/{{transaction_id}}/refund"
    answer = result.answer(invented)
    assert invented.url == f"{CO}/orders/x"
    assert answer is not None and answer.endpoint is None and answer.problem is not None


def test_a_client_library_is_known_only_where_it_is_imported(tmp_path: Path) -> None:
    """The same factory name from a package of the repository's own is its own."""
    result = scanned(
        tmp_path,
        {
            "make.ts": 'import { createClient } from "./local";\n'
            "const client = createClient({});\n"
            'client.checkout.POST("/transactions/{id}/capture", {});\n'
        },
    )
    assert result.found == ()


def test_build_output_beside_a_dotnet_project_is_skipped_and_node_scripts_are_read(
    tmp_path: Path,
) -> None:
    void = (
        "class C { Task F(HttpClient h, string id) => "
        'h.PostAsync($"https://checkout.dintero.com/v1/transactions/{id}/void", null); }\n'
    )
    result = scanned(
        tmp_path,
        {
            "Acme/Acme.csproj": "<Project />\n",
            "Acme/bin/Debug/Generated.cs": void,
            "Acme/obj/Generated.cs": void,
            "Acme/Client.cs": void,
            "tool/bin/void.js": "export const v = (id) => fetch("
            "`https://checkout.dintero.com/v1/transactions/${id}/void`, { method: 'POST' });\n",
        },
    )
    assert sorted(f.file for f in result.found) == ["Acme/Client.cs", "tool/bin/void.js"]


def test_a_name_imported_from_a_package_is_not_a_function_of_the_repository(
    tmp_path: Path,
) -> None:
    """``createClient`` of the Dintero SDK, beside a ``createClient`` of the repository's
    own (another client, on another host): each call means the one its file imports."""
    result = scanned(
        tmp_path,
        {
            "src/local.ts": "export const createClient = () => "
            '({ checkout: { POST: (path) => fetch("https://example.com" + path) } });\n',
            "src/app.ts": 'import { createClient } from "@dintero/node-sdk";\n'
            "const client = createClient({});\n"
            'client.checkout.POST("/sessions/{session_id}/cancel", {});\n',
        },
    )
    assert endpoints(result) == {("POST", f"{CO}/sessions/{{session_id}}/cancel")}
    assert [f.file for f in result.found] == ["src/app.ts"]


def test_copies_of_a_plugin_bind_only_their_own_callers(tmp_path: Path) -> None:
    """A helper's callers are looked for in its own copy: each copy reports its calls at
    its own files, once."""
    helper = (
        "<?php\nclass Acme_Http {\n"
        "  private $base = 'https://checkout.dintero.com/v1/';\n"
        "  public function post($path) { return wp_remote_post($this->base . $path); }\n}\n"
    )
    caller = (
        "<?php\nclass Acme_Orders {\n"
        '  public function capture($id) { return $this->http->post("transactions/$id/capture"); }\n'
        "}\n"
    )
    files = {}
    for copy in ("one", "two", "three"):
        files[f"{copy}/http.php"] = helper
        files[f"{copy}/orders.php"] = caller
    result = scanned(tmp_path, files)
    assert sorted((f.file, f.line) for f in result.found) == [
        (f"{copy}/orders.php", 3) for copy in ("one", "three", "two")
    ]
    assert all(f.sink.split("/")[0] == f.file.split("/")[0] for f in result.found)


def test_a_segment_the_code_leaves_open_is_unresolved_with_what_it_could_be(
    tmp_path: Path,
) -> None:
    """``/transactions/{id}/{operation}`` with the operation from a form: not an
    undocumented path, and not a guess either."""
    result = scanned(
        tmp_path,
        {
            "admin.php": "<?php\nfunction change_status($id) {\n"
            "  $op = $_POST['operation'];\n"
            "  $ch = curl_init();\n"
            "  curl_setopt_array($ch, array(\n"
            "    CURLOPT_URL => 'https://checkout.dintero.com/v1/transactions/'"
            " . $id . '/' . $op,\n"
            "    CURLOPT_CUSTOMREQUEST => 'POST'));\n"
            "  return curl_exec($ch);\n}\n"
        },
    )
    [call] = result.found
    assert call.call is None and call.problem is not None
    assert call.problem.startswith("the path is not fixed")
    for operation in ("capture", "refund", "void"):
        assert f"POST /transactions/{{id}}/{operation}" in call.problem


def test_the_parts_of_a_csharp_partial_class_are_one_class(tmp_path: Path) -> None:
    result = scanned(
        tmp_path,
        {
            "Acme/Client.Urls.cs": "public partial class AcmeClient {\n"
            '  private const string Base = "https://checkout.dintero.com/v1";\n}\n',
            "Acme/Client.cs": "public partial class AcmeClient {\n"
            "  private readonly HttpClient _http;\n"
            "  public Task Void(string id) =>\n"
            '    _http.PostAsync($"{Base}/transactions/{id}/void", null);\n}\n',
        },
    )
    assert endpoints(result) == {("POST", f"{CO}/transactions/{{id}}/void")}
