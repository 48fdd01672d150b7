"""Client libraries the scan knows by their factories: what a call of one returns, as an
object literal would give it, so the calls made through it are read as any client's."""

from __future__ import annotations

from . import ir


def _client(base: str) -> ir.Record:
    return ir.Record(((ir.Lit("baseUrl", 0), ir.Lit(base, 0)),))


# (package, exported name): the value a call of it returns.
FACTORIES: dict[tuple[str, str], ir.Expr] = {
    # Dintero's Node SDK: an openapi-fetch client for Checkout and one for the core API
    # (the SDK puts a path without a version under /v1).
    ("@dintero/node-sdk", "createClient"): ir.Record(
        (
            (ir.Lit("checkout", 0), _client("https://checkout.dintero.com")),
            (ir.Lit("core", 0), _client("https://api.dintero.com")),
        )
    ),
}
