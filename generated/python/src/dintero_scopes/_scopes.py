"""The OAuth scopes of the Dintero APIs, their parts, and what the docs say of each.

Generated from the Dintero documentation, read from
https://docs.dintero.com/llms.txt
at 2026-11-27T07:59:57Z. Do not edit: regenerate.
"""

from collections.abc import Mapping
from enum import Enum
from types import MappingProxyType
from typing import Literal, NamedTuple, Optional


class Action(str, Enum):
    """The action part of a scope: ``read`` in ``read:checkout``."""

    ADMIN = 'admin'
    CREATE = 'create'
    PUBLIC = 'public'
    READ = 'read'
    USER = 'user'
    WRITE = 'write'

    def __str__(self) -> str:
        return self.value


class Resource(str, Enum):
    """The resource part of a scope: ``checkout`` in ``read:checkout``."""

    ACCOUNT = 'account'
    ACCOUNTS = 'accounts'
    APPLICANT = 'applicant'
    AUTOMATIONS = 'automations'
    BILLING = 'billing'
    CHECKOUT = 'checkout'
    CUSTOMERS = 'customers'
    DISCOUNTS = 'discounts'
    HOOKS = 'hooks'
    INSIGHT = 'insight'
    LOCATIONS = 'locations'
    PAYOUT = 'payout'
    RECEIPTS = 'receipts'
    REPORTS = 'reports'
    SETTLEMENTS = 'settlements'
    SHOPPING = 'shopping'
    WALLETS = 'wallets'

    def __str__(self) -> str:
        return self.value


class ScopeInfo(NamedTuple):
    """What the Dintero docs say of a scope.

    ``name`` is the scope string; ``action``, ``resource`` and ``restriction`` are its
    parts (``write``, ``accounts`` and ``/auth/users`` of ``write:accounts:/auth/users``);
    ``description`` is the docs' own words, None where they give none; ``group`` is the
    scope it is listed under in the docs' scope table, if any; ``doc_urls`` are the pages
    that document it.
    """

    name: str
    action: Optional[Action]
    resource: Optional[Resource]
    restriction: Optional[str]
    description: Optional[str]
    group: Optional[str]
    doc_urls: tuple[str, ...]


class Scope(str, Enum):
    """An OAuth scope of the Dintero APIs.

    A member is its scope string: it compares equal to it and hashes like it, ``str()``
    and f-strings give it, and ``Scope("read:checkout")`` looks a string up.
    """

    ADMIN_ACCOUNT = 'admin:account'
    """Fully manage account and account user"""

    ADMIN_ACCOUNTS = 'admin:accounts'
    """Admin access to accounts. The Dintero docs give no description."""

    ADMIN_AUTOMATIONS = 'admin:automations'
    """Fully manage Automations"""

    ADMIN_BILLING = 'admin:billing'
    """Admin access to billing. The Dintero docs give no description."""

    ADMIN_CHECKOUT = 'admin:checkout'
    """Fully manage checkout"""

    ADMIN_CUSTOMERS = 'admin:customers'
    """Fully manage eCRM Customer Data Platform"""

    ADMIN_DISCOUNTS = 'admin:discounts'
    """Fully manage DealEngine"""

    ADMIN_HOOKS = 'admin:hooks'
    """Fully manage subscription hooks"""

    ADMIN_INSIGHT = 'admin:insight'
    """Admin access to insight. The Dintero docs give no description."""

    ADMIN_LOCATIONS = 'admin:locations'
    """Fully manage sale locations"""

    ADMIN_PAYOUT = 'admin:payout'
    """Admin access to payout. The Dintero docs give no description."""

    ADMIN_RECEIPTS = 'admin:receipts'
    """Fully manage eReceipts"""

    ADMIN_REPORTS = 'admin:reports'
    """Admin access to reports. The Dintero docs give no description."""

    ADMIN_SETTLEMENTS = 'admin:settlements'
    """Admin access to settlements. The Dintero docs give no description."""

    ADMIN_SHOPPING = 'admin:shopping'
    """Fully manage Shopping"""

    ADMIN_WALLETS = 'admin:wallets'
    """Fully manage eWallet/eGift Cards"""

    CREATE_ACCOUNT = 'create:account'
    """Create access to account. The Dintero docs give no description; listed
    under admin:account.
    """

    CREATE_ACCOUNTS_AUTH_REFRESH_TOKEN = 'create:accounts:auth:refresh_token'
    """Create access to accounts, restricted to auth:refresh_token. The Dintero
    docs give no description; listed under admin:account.
    """

    CREATE_APPLICANT = 'create:applicant'
    """Create access to applicant. The Dintero docs give no description; listed
    under admin:account.
    """

    CREATE_CUSTOMERS_USERS = 'create:customers:/users'
    """Create access to customers, restricted to /users. The Dintero docs give
    no description; listed under admin:customers.
    """

    PUBLIC_CUSTOMERS = 'public:customers'
    """Access public resources (read-only)"""

    PUBLIC_DISCOUNTS = 'public:discounts'
    """Access public resources (read-only)"""

    READ_ACCOUNTS = 'read:accounts'
    """Read access to accounts. The Dintero docs give no description; listed
    under admin:account.
    """

    READ_AUTOMATIONS = 'read:automations'
    """Read access to automations. The Dintero docs give no description; listed
    under admin:automations.
    """

    READ_BILLING = 'read:billing'
    """Read access to billing. The Dintero docs give no description."""

    READ_CHECKOUT = 'read:checkout'
    """Read access to checkout. The Dintero docs give no description; listed
    under admin:checkout.
    """

    READ_CUSTOMERS = 'read:customers'
    """Read access to customers. The Dintero docs give no description; listed
    under admin:customers.
    """

    READ_DISCOUNTS = 'read:discounts'
    """Read access to discounts. The Dintero docs give no description; listed
    under admin:discounts.
    """

    READ_DISCOUNTS_AVAILABLE_FOR_RECEIPT = 'read:discounts:/available_for_receipt'
    """Read access to discounts, restricted to /available_for_receipt. The
    Dintero docs give no description; listed under admin:discounts.
    """

    READ_HOOKS = 'read:hooks'
    """Read access to hooks. The Dintero docs give no description; listed under
    admin:hooks.
    """

    READ_LOCATIONS = 'read:locations'
    """Read access to locations. The Dintero docs give no description; listed
    under admin:locations.
    """

    READ_PAYOUT = 'read:payout'
    """Read access to payout. The Dintero docs give no description."""

    READ_RECEIPTS = 'read:receipts'
    """Read access to receipts. The Dintero docs give no description; listed
    under admin:receipts.
    """

    READ_REPORTS = 'read:reports'
    """Read access to reports. The Dintero docs give no description."""

    READ_SETTLEMENTS = 'read:settlements'
    """Read access to settlements. The Dintero docs give no description."""

    READ_SHOPPING = 'read:shopping'
    """Read access to shopping. The Dintero docs give no description; listed
    under admin:shopping.
    """

    READ_SHOPPING_ORDERS_ANY_EVENTS = 'read:shopping:/orders/ANY/events'
    """Read access to shopping, restricted to /orders/ANY/events. The Dintero
    docs give no description; listed under admin:shopping.
    """

    READ_WALLETS = 'read:wallets'
    """Read access to wallets. The Dintero docs give no description; listed
    under admin:wallets.
    """

    USER_CUSTOMERS = 'user:customers'
    """User access to customers. The Dintero docs give no description; listed
    under admin:customers.
    """

    USER_DISCOUNTS = 'user:discounts'
    """User access to discounts. The Dintero docs give no description; listed
    under admin:discounts.
    """

    USER_RECEIPTS = 'user:receipts'
    """User access to receipts. The Dintero docs give no description; listed
    under admin:receipts.
    """

    USER_SHOPPING = 'user:shopping'
    """User access to shopping. The Dintero docs give no description; listed
    under admin:shopping.
    """

    WRITE_ACCOUNTS = 'write:accounts'
    """Write access to accounts. The Dintero docs give no description; listed
    under admin:account.
    """

    WRITE_ACCOUNTS_AUTH_PASSWORDLESS = 'write:accounts:/auth/passwordless'
    """Write access to accounts, restricted to /auth/passwordless. The Dintero
    docs give no description; listed under admin:account.
    """

    WRITE_ACCOUNTS_AUTH_PASSWORDLESS_CODE = 'write:accounts:/auth/passwordless/code'
    """Write access to accounts, restricted to /auth/passwordless/code. The
    Dintero docs give no description; listed under admin:account.
    """

    WRITE_ACCOUNTS_AUTH_USERS = 'write:accounts:/auth/users'
    """Write access to accounts, restricted to /auth/users. The Dintero docs
    give no description; listed under admin:account.
    """

    WRITE_ACCOUNTS_AUTH_USERS_NO_MFA = 'write:accounts:/auth/users/no-mfa'
    """Write access to accounts, restricted to /auth/users/no-mfa. The Dintero
    docs give no description.
    """

    WRITE_ACCOUNTS_MANAGEMENT_SETTINGS_APPROVALS = 'write:accounts:/management/settings/approvals'
    """Write access to accounts, restricted to /management/settings/approvals.
    The Dintero docs give no description.
    """

    WRITE_ACCOUNTS_MANAGEMENT_SETTINGS_CONNECTIONS_INSTABANK = (
        'write:accounts:/management/settings/connections/instabank'
    )
    """Write access to accounts, restricted to
    /management/settings/connections/instabank. The Dintero docs give no
    description; listed under admin:account.
    """

    WRITE_ACCOUNTS_MANAGEMENT_SETTINGS_CONNECTIONS_VIPPS = (
        'write:accounts:/management/settings/connections/vipps'
    )
    """Write access to accounts, restricted to
    /management/settings/connections/vipps. The Dintero docs give no
    description; listed under admin:account.
    """

    WRITE_AUTOMATIONS = 'write:automations'
    """Write access to automations. The Dintero docs give no description;
    listed under admin:automations.
    """

    WRITE_BILLING = 'write:billing'
    """Write access to billing. The Dintero docs give no description."""

    WRITE_CHECKOUT = 'write:checkout'
    """Write access to checkout. The Dintero docs give no description; listed
    under admin:checkout.
    """

    WRITE_CUSTOMERS = 'write:customers'
    """Write access to customers. The Dintero docs give no description; listed
    under admin:customers.
    """

    WRITE_DISCOUNTS = 'write:discounts'
    """Write access to discounts. The Dintero docs give no description; listed
    under admin:discounts.
    """

    WRITE_DISCOUNTS_AVAILABLE_FOR_RECEIPT = 'write:discounts:/available_for_receipt'
    """Write access to discounts, restricted to /available_for_receipt. The
    Dintero docs give no description; listed under admin:discounts.
    """

    WRITE_DISCOUNTS_EVENTS = 'write:discounts:/events'
    """Write access to discounts, restricted to /events. The Dintero docs give
    no description; listed under admin:discounts.
    """

    WRITE_HOOKS = 'write:hooks'
    """Write access to hooks. The Dintero docs give no description; listed
    under admin:hooks.
    """

    WRITE_INSIGHT = 'write:insight'
    """Write access to insight. The Dintero docs give no description."""

    WRITE_LOCATIONS = 'write:locations'
    """Write access to locations. The Dintero docs give no description; listed
    under admin:locations.
    """

    WRITE_PAYOUT = 'write:payout'
    """Write access to payout. The Dintero docs give no description."""

    WRITE_RECEIPTS = 'write:receipts'
    """Write access to receipts. The Dintero docs give no description; listed
    under admin:receipts.
    """

    WRITE_SETTLEMENTS = 'write:settlements'
    """Write access to settlements. The Dintero docs give no description."""

    WRITE_SHOPPING = 'write:shopping'
    """Write access to shopping. The Dintero docs give no description; listed
    under admin:shopping.
    """

    WRITE_SHOPPING_ORDERS_ANY_EVENTS = 'write:shopping:/orders/ANY/events'
    """Write access to shopping, restricted to /orders/ANY/events. The Dintero
    docs give no description; listed under admin:shopping.
    """

    WRITE_WALLETS = 'write:wallets'
    """Write access to wallets. The Dintero docs give no description; listed
    under admin:wallets.
    """

    WRITE_WALLETS_INFO = 'write:wallets:/info'
    """Write access to wallets, restricted to /info. The Dintero docs give no
    description; listed under admin:wallets.
    """

    WRITE_WALLETS_TRANSACTIONS = 'write:wallets:/transactions'
    """Write access to wallets, restricted to /transactions. The Dintero docs
    give no description; listed under admin:wallets.
    """

    def __str__(self) -> str:
        return self.value

    @property
    def info(self) -> ScopeInfo:
        """Everything the docs say of the scope."""
        return SCOPE_INFO[self]

    @property
    def description(self) -> Optional[str]:
        """The docs' description of the scope; None where they give none."""
        return self.info.description

    @property
    def action(self) -> Optional[Action]:
        """The action part: ``write`` in ``write:accounts:/auth/users``."""
        return self.info.action

    @property
    def resource(self) -> Optional[Resource]:
        """The resource part: ``accounts`` in ``write:accounts:/auth/users``."""
        return self.info.resource

    @property
    def restriction(self) -> Optional[str]:
        """The rest, which narrows the scope: ``/auth/users`` in ``write:accounts:/auth/users``."""
        return self.info.restriction

    @property
    def group(self) -> Optional[str]:
        """The scope this one is listed under in the docs' scope table, if any."""
        return self.info.group

    @property
    def doc_urls(self) -> tuple[str, ...]:
        """The pages of the Dintero docs that document the scope."""
        return self.info.doc_urls


ScopeName = Literal[
    'admin:account',
    'admin:accounts',
    'admin:automations',
    'admin:billing',
    'admin:checkout',
    'admin:customers',
    'admin:discounts',
    'admin:hooks',
    'admin:insight',
    'admin:locations',
    'admin:payout',
    'admin:receipts',
    'admin:reports',
    'admin:settlements',
    'admin:shopping',
    'admin:wallets',
    'create:account',
    'create:accounts:auth:refresh_token',
    'create:applicant',
    'create:customers:/users',
    'public:customers',
    'public:discounts',
    'read:accounts',
    'read:automations',
    'read:billing',
    'read:checkout',
    'read:customers',
    'read:discounts',
    'read:discounts:/available_for_receipt',
    'read:hooks',
    'read:locations',
    'read:payout',
    'read:receipts',
    'read:reports',
    'read:settlements',
    'read:shopping',
    'read:shopping:/orders/ANY/events',
    'read:wallets',
    'user:customers',
    'user:discounts',
    'user:receipts',
    'user:shopping',
    'write:accounts',
    'write:accounts:/auth/passwordless',
    'write:accounts:/auth/passwordless/code',
    'write:accounts:/auth/users',
    'write:accounts:/auth/users/no-mfa',
    'write:accounts:/management/settings/approvals',
    'write:accounts:/management/settings/connections/instabank',
    'write:accounts:/management/settings/connections/vipps',
    'write:automations',
    'write:billing',
    'write:checkout',
    'write:customers',
    'write:discounts',
    'write:discounts:/available_for_receipt',
    'write:discounts:/events',
    'write:hooks',
    'write:insight',
    'write:locations',
    'write:payout',
    'write:receipts',
    'write:settlements',
    'write:shopping',
    'write:shopping:/orders/ANY/events',
    'write:wallets',
    'write:wallets:/info',
    'write:wallets:/transactions',
]
"""Any scope string, for annotating plain strings: type checkers reject a misspelt scope."""

_INFO: tuple[ScopeInfo, ...] = (
    ScopeInfo(
        name='admin:account',
        action=Action.ADMIN,
        resource=Resource.ACCOUNT,
        restriction=None,
        description='Fully manage account and account user',
        group=None,
        doc_urls=(
            'https://docs.dintero.com/docs/clients',
            'https://docs.dintero.com/docs/loyalty/clients',
        ),
    ),
    ScopeInfo(
        name='admin:accounts',
        action=Action.ADMIN,
        resource=Resource.ACCOUNTS,
        restriction=None,
        description=None,
        group=None,
        doc_urls=(
            'https://docs.dintero.com/api-reference/account-stores/store-details',
            'https://docs.dintero.com/api-reference/account-terminals/aid_account_management_terminals_post',
            'https://docs.dintero.com/api-reference/approvals/list-seller-approvals',
            'https://docs.dintero.com/api-reference/approvals/new-seller-approval',
            'https://docs.dintero.com/api-reference/authenticate/get-token',
            'https://docs.dintero.com/api-reference/payments/get-token',
            'https://docs.dintero.com/api-reference/payments/list-seller-approvals',
            'https://docs.dintero.com/api-reference/payments/new-seller-approval',
            'https://docs.dintero.com/management-auth-api/accounts/aid_mgmnt_accounts_get',
            'https://docs.dintero.com/management-auth-api/authenticate/aid_auths_oauth_exchange_token_post',
            'https://docs.dintero.com/management-auth-api/payout-destinations/aid_mgmnt_payout_destinations_post',
            'https://docs.dintero.com/partners/accounts/aid_mgmnt_accounts_get',
            'https://docs.dintero.com/partners/authenticate/aid_auths_oauth_exchange_token_post',
        ),
    ),
    ScopeInfo(
        name='admin:automations',
        action=Action.ADMIN,
        resource=Resource.AUTOMATIONS,
        restriction=None,
        description='Fully manage Automations',
        group=None,
        doc_urls=(
            'https://docs.dintero.com/api-reference/rules-automations/automation-collection',
            'https://docs.dintero.com/docs/clients',
            'https://docs.dintero.com/docs/loyalty/clients',
        ),
    ),
    ScopeInfo(
        name='admin:billing',
        action=Action.ADMIN,
        resource=Resource.BILLING,
        restriction=None,
        description=None,
        group=None,
        doc_urls=(
            'https://docs.dintero.com/api-reference/payments/create-settlement-report-configurations',
            'https://docs.dintero.com/api-reference/payments/delete-settlement-report-configuration',
            'https://docs.dintero.com/api-reference/payments/download-attachment',
            'https://docs.dintero.com/api-reference/payments/get-settlement-report-configuration',
            'https://docs.dintero.com/api-reference/payments/list-settlement-report-configurations',
            'https://docs.dintero.com/api-reference/payments/list-settlements',
            'https://docs.dintero.com/api-reference/payments/update-settlement-report-configuration',
            'https://docs.dintero.com/api-reference/settlements/aid_settlements_list',
            'https://docs.dintero.com/api-reference/settlements/list-settlements',
            'https://docs.dintero.com/api-reference/settlementsconfiguration/aid_settlement_report_config_list',
            'https://docs.dintero.com/api-reference/settlementsconfiguration/list-settlement-report-configurations',
            'https://docs.dintero.com/partners/settlements/aid_settlements_list',
        ),
    ),
    ScopeInfo(
        name='admin:checkout',
        action=Action.ADMIN,
        resource=Resource.CHECKOUT,
        restriction=None,
        description='Fully manage checkout',
        group=None,
        doc_urls=(
            'https://docs.dintero.com/api-reference/payments/cancel-session',
            'https://docs.dintero.com/api-reference/payments/capture-a-transaction',
            'https://docs.dintero.com/api-reference/payments/create-and-pay-merchant-initiated-session',
            'https://docs.dintero.com/api-reference/payments/create-checkout-session-from-profile',
            'https://docs.dintero.com/api-reference/payments/get-a-transaction',
            'https://docs.dintero.com/api-reference/payments/get-checkout-session-details',
            'https://docs.dintero.com/api-reference/payments/list-all-transactions',
            'https://docs.dintero.com/api-reference/payments/payment-token-session',
            'https://docs.dintero.com/api-reference/payments/refund-transaction',
            'https://docs.dintero.com/api-reference/payments/update-a-transaction',
            'https://docs.dintero.com/api-reference/payments/update-checkout-session-details',
            'https://docs.dintero.com/api-reference/payments/void-transaction',
            'https://docs.dintero.com/api-reference/session/cancel-session',
            'https://docs.dintero.com/api-reference/session/get-checkout-session-details',
            'https://docs.dintero.com/api-reference/session/payment-token-session',
            'https://docs.dintero.com/api-reference/transactions/capture-a-transaction',
            'https://docs.dintero.com/api-reference/transactions/list-all-transactions',
            'https://docs.dintero.com/checkout-api/transactions/transactions_get',
            'https://docs.dintero.com/docs/clients',
            'https://docs.dintero.com/docs/loyalty/clients',
        ),
    ),
    ScopeInfo(
        name='admin:customers',
        action=Action.ADMIN,
        resource=Resource.CUSTOMERS,
        restriction=None,
        description='Fully manage eCRM Customer Data Platform',
        group=None,
        doc_urls=(
            'https://docs.dintero.com/docs/clients',
            'https://docs.dintero.com/docs/loyalty/clients',
        ),
    ),
    ScopeInfo(
        name='admin:discounts',
        action=Action.ADMIN,
        resource=Resource.DISCOUNTS,
        restriction=None,
        description='Fully manage DealEngine',
        group=None,
        doc_urls=(
            'https://docs.dintero.com/docs/clients',
            'https://docs.dintero.com/docs/loyalty/clients',
        ),
    ),
    ScopeInfo(
        name='admin:hooks',
        action=Action.ADMIN,
        resource=Resource.HOOKS,
        restriction=None,
        description='Fully manage subscription hooks',
        group=None,
        doc_urls=(
            'https://docs.dintero.com/api-reference/subscriptions/aid_source_hooks_hid_get',
            'https://docs.dintero.com/api-reference/subscriptions/subscription-details',
            'https://docs.dintero.com/docs/clients',
            'https://docs.dintero.com/docs/loyalty/clients',
        ),
    ),
    ScopeInfo(
        name='admin:insight',
        action=Action.ADMIN,
        resource=Resource.INSIGHT,
        restriction=None,
        description=None,
        group=None,
        doc_urls=(
            'https://docs.dintero.com/api-reference/report-configuration/create-new-insight-report-configuration',
        ),
    ),
    ScopeInfo(
        name='admin:locations',
        action=Action.ADMIN,
        resource=Resource.LOCATIONS,
        restriction=None,
        description='Fully manage sale locations',
        group=None,
        doc_urls=(
            'https://docs.dintero.com/docs/clients',
            'https://docs.dintero.com/docs/loyalty/clients',
        ),
    ),
    ScopeInfo(
        name='admin:payout',
        action=Action.ADMIN,
        resource=Resource.PAYOUT,
        restriction=None,
        description=None,
        group=None,
        doc_urls=(
            'https://docs.dintero.com/api-reference/payments/initiate-fund-transfer',
        ),
    ),
    ScopeInfo(
        name='admin:receipts',
        action=Action.ADMIN,
        resource=Resource.RECEIPTS,
        restriction=None,
        description='Fully manage eReceipts',
        group=None,
        doc_urls=(
            'https://docs.dintero.com/docs/clients',
            'https://docs.dintero.com/docs/loyalty/clients',
        ),
    ),
    ScopeInfo(
        name='admin:reports',
        action=Action.ADMIN,
        resource=Resource.REPORTS,
        restriction=None,
        description=None,
        group=None,
        doc_urls=(
            'https://docs.dintero.com/api-reference/payments/create-settlement-report-configurations',
            'https://docs.dintero.com/api-reference/payments/download-attachment',
            'https://docs.dintero.com/api-reference/payments/get-settlement-report-configuration',
            'https://docs.dintero.com/api-reference/payments/list-report-metadata',
            'https://docs.dintero.com/api-reference/payments/list-settlement-report-configurations',
            'https://docs.dintero.com/api-reference/payments/list-settlements',
            'https://docs.dintero.com/api-reference/settlements/aid_settlements_list',
            'https://docs.dintero.com/api-reference/settlements/list-settlements',
            'https://docs.dintero.com/api-reference/settlementsconfiguration/aid_settlement_report_config_list',
            'https://docs.dintero.com/api-reference/settlementsconfiguration/list-settlement-report-configurations',
            'https://docs.dintero.com/partners/settlements/aid_settlements_list',
        ),
    ),
    ScopeInfo(
        name='admin:settlements',
        action=Action.ADMIN,
        resource=Resource.SETTLEMENTS,
        restriction=None,
        description=None,
        group=None,
        doc_urls=(
            'https://docs.dintero.com/api-reference/payments/create-settlement-report-configurations',
            'https://docs.dintero.com/api-reference/payments/delete-settlement-report-configuration',
            'https://docs.dintero.com/api-reference/payments/download-attachment',
            'https://docs.dintero.com/api-reference/payments/get-settlement-report-configuration',
            'https://docs.dintero.com/api-reference/payments/list-settlement-report-configurations',
            'https://docs.dintero.com/api-reference/payments/list-settlements',
            'https://docs.dintero.com/api-reference/payments/update-settlement-report-configuration',
            'https://docs.dintero.com/api-reference/settlements/aid_settlements_list',
            'https://docs.dintero.com/api-reference/settlements/list-settlements',
            'https://docs.dintero.com/api-reference/settlementsconfiguration/aid_settlement_report_config_list',
            'https://docs.dintero.com/api-reference/settlementsconfiguration/list-settlement-report-configurations',
            'https://docs.dintero.com/partners/settlements/aid_settlements_list',
        ),
    ),
    ScopeInfo(
        name='admin:shopping',
        action=Action.ADMIN,
        resource=Resource.SHOPPING,
        restriction=None,
        description='Fully manage Shopping',
        group=None,
        doc_urls=(
            'https://docs.dintero.com/api-reference/ordercaptures/create-a-capture',
            'https://docs.dintero.com/docs/clients',
            'https://docs.dintero.com/docs/loyalty/clients',
        ),
    ),
    ScopeInfo(
        name='admin:wallets',
        action=Action.ADMIN,
        resource=Resource.WALLETS,
        restriction=None,
        description='Fully manage eWallet/eGift Cards',
        group=None,
        doc_urls=(
            'https://docs.dintero.com/docs/clients',
            'https://docs.dintero.com/docs/loyalty/clients',
        ),
    ),
    ScopeInfo(
        name='create:account',
        action=Action.CREATE,
        resource=Resource.ACCOUNT,
        restriction=None,
        description=None,
        group='admin:account',
        doc_urls=(
            'https://docs.dintero.com/docs/clients',
            'https://docs.dintero.com/docs/loyalty/clients',
        ),
    ),
    ScopeInfo(
        name='create:accounts:auth:refresh_token',
        action=Action.CREATE,
        resource=Resource.ACCOUNTS,
        restriction='auth:refresh_token',
        description=None,
        group='admin:account',
        doc_urls=(
            'https://docs.dintero.com/docs/clients',
            'https://docs.dintero.com/docs/loyalty/clients',
        ),
    ),
    ScopeInfo(
        name='create:applicant',
        action=Action.CREATE,
        resource=Resource.APPLICANT,
        restriction=None,
        description=None,
        group='admin:account',
        doc_urls=(
            'https://docs.dintero.com/docs/clients',
            'https://docs.dintero.com/docs/loyalty/clients',
        ),
    ),
    ScopeInfo(
        name='create:customers:/users',
        action=Action.CREATE,
        resource=Resource.CUSTOMERS,
        restriction='/users',
        description=None,
        group='admin:customers',
        doc_urls=(
            'https://docs.dintero.com/docs/clients',
            'https://docs.dintero.com/docs/loyalty/clients',
        ),
    ),
    ScopeInfo(
        name='public:customers',
        action=Action.PUBLIC,
        resource=Resource.CUSTOMERS,
        restriction=None,
        description='Access public resources (read-only)',
        group='admin:customers',
        doc_urls=(
            'https://docs.dintero.com/docs/clients',
            'https://docs.dintero.com/docs/loyalty/clients',
        ),
    ),
    ScopeInfo(
        name='public:discounts',
        action=Action.PUBLIC,
        resource=Resource.DISCOUNTS,
        restriction=None,
        description='Access public resources (read-only)',
        group='admin:discounts',
        doc_urls=(
            'https://docs.dintero.com/docs/clients',
            'https://docs.dintero.com/docs/loyalty/clients',
        ),
    ),
    ScopeInfo(
        name='read:accounts',
        action=Action.READ,
        resource=Resource.ACCOUNTS,
        restriction=None,
        description=None,
        group='admin:account',
        doc_urls=(
            'https://docs.dintero.com/api-reference/account-stores/store-details',
            'https://docs.dintero.com/api-reference/approvals/list-seller-approvals',
            'https://docs.dintero.com/api-reference/payments/list-seller-approvals',
            'https://docs.dintero.com/docs/clients',
            'https://docs.dintero.com/docs/loyalty/clients',
            'https://docs.dintero.com/management-auth-api/accounts/aid_mgmnt_accounts_get',
            'https://docs.dintero.com/management-auth-api/authenticate/aid_auths_oauth_exchange_token_post',
            'https://docs.dintero.com/partners/accounts/aid_mgmnt_accounts_get',
            'https://docs.dintero.com/partners/authenticate/aid_auths_oauth_exchange_token_post',
        ),
    ),
    ScopeInfo(
        name='read:automations',
        action=Action.READ,
        resource=Resource.AUTOMATIONS,
        restriction=None,
        description=None,
        group='admin:automations',
        doc_urls=(
            'https://docs.dintero.com/api-reference/rules-automations/automation-collection',
            'https://docs.dintero.com/docs/clients',
            'https://docs.dintero.com/docs/loyalty/clients',
        ),
    ),
    ScopeInfo(
        name='read:billing',
        action=Action.READ,
        resource=Resource.BILLING,
        restriction=None,
        description=None,
        group=None,
        doc_urls=(
            'https://docs.dintero.com/api-reference/payments/download-attachment',
            'https://docs.dintero.com/api-reference/payments/get-settlement-report-configuration',
            'https://docs.dintero.com/api-reference/payments/list-settlement-report-configurations',
            'https://docs.dintero.com/api-reference/payments/list-settlements',
            'https://docs.dintero.com/api-reference/settlements/aid_settlements_list',
            'https://docs.dintero.com/api-reference/settlements/list-settlements',
            'https://docs.dintero.com/api-reference/settlementsconfiguration/aid_settlement_report_config_list',
            'https://docs.dintero.com/api-reference/settlementsconfiguration/list-settlement-report-configurations',
            'https://docs.dintero.com/partners/settlements/aid_settlements_list',
        ),
    ),
    ScopeInfo(
        name='read:checkout',
        action=Action.READ,
        resource=Resource.CHECKOUT,
        restriction=None,
        description=None,
        group='admin:checkout',
        doc_urls=(
            'https://docs.dintero.com/api-reference/payments/get-a-transaction',
            'https://docs.dintero.com/api-reference/payments/get-checkout-session-details',
            'https://docs.dintero.com/api-reference/payments/list-all-transactions',
            'https://docs.dintero.com/api-reference/payments/update-checkout-session-details',
            'https://docs.dintero.com/api-reference/session/get-checkout-session-details',
            'https://docs.dintero.com/api-reference/transactions/list-all-transactions',
            'https://docs.dintero.com/checkout-api/transactions/transactions_get',
            'https://docs.dintero.com/docs/clients',
            'https://docs.dintero.com/docs/loyalty/clients',
        ),
    ),
    ScopeInfo(
        name='read:customers',
        action=Action.READ,
        resource=Resource.CUSTOMERS,
        restriction=None,
        description=None,
        group='admin:customers',
        doc_urls=(
            'https://docs.dintero.com/docs/clients',
            'https://docs.dintero.com/docs/loyalty/clients',
        ),
    ),
    ScopeInfo(
        name='read:discounts',
        action=Action.READ,
        resource=Resource.DISCOUNTS,
        restriction=None,
        description=None,
        group='admin:discounts',
        doc_urls=(
            'https://docs.dintero.com/docs/clients',
            'https://docs.dintero.com/docs/loyalty/clients',
        ),
    ),
    ScopeInfo(
        name='read:discounts:/available_for_receipt',
        action=Action.READ,
        resource=Resource.DISCOUNTS,
        restriction='/available_for_receipt',
        description=None,
        group='admin:discounts',
        doc_urls=(
            'https://docs.dintero.com/docs/clients',
            'https://docs.dintero.com/docs/loyalty/clients',
        ),
    ),
    ScopeInfo(
        name='read:hooks',
        action=Action.READ,
        resource=Resource.HOOKS,
        restriction=None,
        description=None,
        group='admin:hooks',
        doc_urls=(
            'https://docs.dintero.com/api-reference/subscriptions/aid_source_hooks_hid_get',
            'https://docs.dintero.com/api-reference/subscriptions/subscription-details',
            'https://docs.dintero.com/docs/clients',
            'https://docs.dintero.com/docs/loyalty/clients',
        ),
    ),
    ScopeInfo(
        name='read:locations',
        action=Action.READ,
        resource=Resource.LOCATIONS,
        restriction=None,
        description=None,
        group='admin:locations',
        doc_urls=(
            'https://docs.dintero.com/docs/clients',
            'https://docs.dintero.com/docs/loyalty/clients',
        ),
    ),
    ScopeInfo(
        name='read:payout',
        action=Action.READ,
        resource=Resource.PAYOUT,
        restriction=None,
        description=None,
        group=None,
        doc_urls=(
            'https://docs.dintero.com/api-reference/payments/get-seller-balances',
            'https://docs.dintero.com/api-reference/payments/get-seller-transfers',
            'https://docs.dintero.com/api-reference/v2-config-payout-destinations/get-seller-transfers',
            'https://docs.dintero.com/api-reference/v2-config-payout-destinations/v2_aid_payout_destination_balance_get',
            'https://docs.dintero.com/api-reference/v2-config-payout-destinations/v2_aid_payout_destination_transfers_get',
        ),
    ),
    ScopeInfo(
        name='read:receipts',
        action=Action.READ,
        resource=Resource.RECEIPTS,
        restriction=None,
        description=None,
        group='admin:receipts',
        doc_urls=(
            'https://docs.dintero.com/docs/clients',
            'https://docs.dintero.com/docs/loyalty/clients',
        ),
    ),
    ScopeInfo(
        name='read:reports',
        action=Action.READ,
        resource=Resource.REPORTS,
        restriction=None,
        description=None,
        group=None,
        doc_urls=(
            'https://docs.dintero.com/api-reference/payments/download-attachment',
            'https://docs.dintero.com/api-reference/payments/get-settlement-report-configuration',
            'https://docs.dintero.com/api-reference/payments/list-report-metadata',
            'https://docs.dintero.com/api-reference/payments/list-settlement-report-configurations',
            'https://docs.dintero.com/api-reference/payments/list-settlements',
            'https://docs.dintero.com/api-reference/settlements/aid_settlements_list',
            'https://docs.dintero.com/api-reference/settlements/list-settlements',
            'https://docs.dintero.com/api-reference/settlementsconfiguration/aid_settlement_report_config_list',
            'https://docs.dintero.com/api-reference/settlementsconfiguration/list-settlement-report-configurations',
            'https://docs.dintero.com/partners/settlements/aid_settlements_list',
        ),
    ),
    ScopeInfo(
        name='read:settlements',
        action=Action.READ,
        resource=Resource.SETTLEMENTS,
        restriction=None,
        description=None,
        group=None,
        doc_urls=(
            'https://docs.dintero.com/api-reference/payments/download-attachment',
            'https://docs.dintero.com/api-reference/payments/get-settlement-report-configuration',
            'https://docs.dintero.com/api-reference/payments/list-settlement-report-configurations',
            'https://docs.dintero.com/api-reference/payments/list-settlements',
            'https://docs.dintero.com/api-reference/settlements/aid_settlements_list',
            'https://docs.dintero.com/api-reference/settlements/list-settlements',
            'https://docs.dintero.com/api-reference/settlementsconfiguration/aid_settlement_report_config_list',
            'https://docs.dintero.com/api-reference/settlementsconfiguration/list-settlement-report-configurations',
            'https://docs.dintero.com/partners/settlements/aid_settlements_list',
        ),
    ),
    ScopeInfo(
        name='read:shopping',
        action=Action.READ,
        resource=Resource.SHOPPING,
        restriction=None,
        description=None,
        group='admin:shopping',
        doc_urls=(
            'https://docs.dintero.com/docs/clients',
            'https://docs.dintero.com/docs/loyalty/clients',
        ),
    ),
    ScopeInfo(
        name='read:shopping:/orders/ANY/events',
        action=Action.READ,
        resource=Resource.SHOPPING,
        restriction='/orders/ANY/events',
        description=None,
        group='admin:shopping',
        doc_urls=(
            'https://docs.dintero.com/docs/clients',
            'https://docs.dintero.com/docs/loyalty/clients',
        ),
    ),
    ScopeInfo(
        name='read:wallets',
        action=Action.READ,
        resource=Resource.WALLETS,
        restriction=None,
        description=None,
        group='admin:wallets',
        doc_urls=(
            'https://docs.dintero.com/docs/clients',
            'https://docs.dintero.com/docs/loyalty/clients',
        ),
    ),
    ScopeInfo(
        name='user:customers',
        action=Action.USER,
        resource=Resource.CUSTOMERS,
        restriction=None,
        description=None,
        group='admin:customers',
        doc_urls=(
            'https://docs.dintero.com/docs/clients',
            'https://docs.dintero.com/docs/loyalty/clients',
        ),
    ),
    ScopeInfo(
        name='user:discounts',
        action=Action.USER,
        resource=Resource.DISCOUNTS,
        restriction=None,
        description=None,
        group='admin:discounts',
        doc_urls=(
            'https://docs.dintero.com/docs/clients',
            'https://docs.dintero.com/docs/loyalty/clients',
        ),
    ),
    ScopeInfo(
        name='user:receipts',
        action=Action.USER,
        resource=Resource.RECEIPTS,
        restriction=None,
        description=None,
        group='admin:receipts',
        doc_urls=(
            'https://docs.dintero.com/docs/clients',
            'https://docs.dintero.com/docs/loyalty/clients',
        ),
    ),
    ScopeInfo(
        name='user:shopping',
        action=Action.USER,
        resource=Resource.SHOPPING,
        restriction=None,
        description=None,
        group='admin:shopping',
        doc_urls=(
            'https://docs.dintero.com/docs/clients',
            'https://docs.dintero.com/docs/loyalty/clients',
        ),
    ),
    ScopeInfo(
        name='write:accounts',
        action=Action.WRITE,
        resource=Resource.ACCOUNTS,
        restriction=None,
        description=None,
        group='admin:account',
        doc_urls=(
            'https://docs.dintero.com/api-reference/account-terminals/aid_account_management_terminals_post',
            'https://docs.dintero.com/api-reference/approvals/new-seller-approval',
            'https://docs.dintero.com/api-reference/authenticate/get-token',
            'https://docs.dintero.com/api-reference/payments/get-token',
            'https://docs.dintero.com/api-reference/payments/new-seller-approval',
            'https://docs.dintero.com/docs/clients',
            'https://docs.dintero.com/docs/loyalty/clients',
            'https://docs.dintero.com/management-auth-api/payout-destinations/aid_mgmnt_payout_destinations_post',
        ),
    ),
    ScopeInfo(
        name='write:accounts:/auth/passwordless',
        action=Action.WRITE,
        resource=Resource.ACCOUNTS,
        restriction='/auth/passwordless',
        description=None,
        group='admin:account',
        doc_urls=(
            'https://docs.dintero.com/docs/clients',
            'https://docs.dintero.com/docs/loyalty/clients',
        ),
    ),
    ScopeInfo(
        name='write:accounts:/auth/passwordless/code',
        action=Action.WRITE,
        resource=Resource.ACCOUNTS,
        restriction='/auth/passwordless/code',
        description=None,
        group='admin:account',
        doc_urls=(
            'https://docs.dintero.com/docs/clients',
            'https://docs.dintero.com/docs/loyalty/clients',
        ),
    ),
    ScopeInfo(
        name='write:accounts:/auth/users',
        action=Action.WRITE,
        resource=Resource.ACCOUNTS,
        restriction='/auth/users',
        description=None,
        group='admin:account',
        doc_urls=(
            'https://docs.dintero.com/api-reference/authenticate/get-token',
            'https://docs.dintero.com/api-reference/payments/get-token',
            'https://docs.dintero.com/docs/clients',
            'https://docs.dintero.com/docs/loyalty/clients',
        ),
    ),
    ScopeInfo(
        name='write:accounts:/auth/users/no-mfa',
        action=Action.WRITE,
        resource=Resource.ACCOUNTS,
        restriction='/auth/users/no-mfa',
        description=None,
        group=None,
        doc_urls=(
            'https://docs.dintero.com/api-reference/authenticate/get-token',
            'https://docs.dintero.com/api-reference/payments/get-token',
        ),
    ),
    ScopeInfo(
        name='write:accounts:/management/settings/approvals',
        action=Action.WRITE,
        resource=Resource.ACCOUNTS,
        restriction='/management/settings/approvals',
        description=None,
        group=None,
        doc_urls=(
            'https://docs.dintero.com/management-auth-api/payout-destinations/aid_mgmnt_payout_destinations_post',
        ),
    ),
    ScopeInfo(
        name='write:accounts:/management/settings/connections/instabank',
        action=Action.WRITE,
        resource=Resource.ACCOUNTS,
        restriction='/management/settings/connections/instabank',
        description=None,
        group='admin:account',
        doc_urls=(
            'https://docs.dintero.com/docs/clients',
            'https://docs.dintero.com/docs/loyalty/clients',
        ),
    ),
    ScopeInfo(
        name='write:accounts:/management/settings/connections/vipps',
        action=Action.WRITE,
        resource=Resource.ACCOUNTS,
        restriction='/management/settings/connections/vipps',
        description=None,
        group='admin:account',
        doc_urls=(
            'https://docs.dintero.com/docs/clients',
            'https://docs.dintero.com/docs/loyalty/clients',
        ),
    ),
    ScopeInfo(
        name='write:automations',
        action=Action.WRITE,
        resource=Resource.AUTOMATIONS,
        restriction=None,
        description=None,
        group='admin:automations',
        doc_urls=(
            'https://docs.dintero.com/docs/clients',
            'https://docs.dintero.com/docs/loyalty/clients',
        ),
    ),
    ScopeInfo(
        name='write:billing',
        action=Action.WRITE,
        resource=Resource.BILLING,
        restriction=None,
        description=None,
        group=None,
        doc_urls=(
            'https://docs.dintero.com/api-reference/payments/delete-settlement-report-configuration',
            'https://docs.dintero.com/api-reference/payments/update-settlement-report-configuration',
        ),
    ),
    ScopeInfo(
        name='write:checkout',
        action=Action.WRITE,
        resource=Resource.CHECKOUT,
        restriction=None,
        description=None,
        group='admin:checkout',
        doc_urls=(
            'https://docs.dintero.com/api-reference/payments/cancel-session',
            'https://docs.dintero.com/api-reference/payments/capture-a-transaction',
            'https://docs.dintero.com/api-reference/payments/create-and-pay-merchant-initiated-session',
            'https://docs.dintero.com/api-reference/payments/create-checkout-session-from-profile',
            'https://docs.dintero.com/api-reference/payments/payment-token-session',
            'https://docs.dintero.com/api-reference/payments/refund-transaction',
            'https://docs.dintero.com/api-reference/payments/update-a-transaction',
            'https://docs.dintero.com/api-reference/payments/void-transaction',
            'https://docs.dintero.com/api-reference/session/cancel-session',
            'https://docs.dintero.com/api-reference/session/payment-token-session',
            'https://docs.dintero.com/api-reference/transactions/capture-a-transaction',
            'https://docs.dintero.com/docs/clients',
            'https://docs.dintero.com/docs/loyalty/clients',
        ),
    ),
    ScopeInfo(
        name='write:customers',
        action=Action.WRITE,
        resource=Resource.CUSTOMERS,
        restriction=None,
        description=None,
        group='admin:customers',
        doc_urls=(
            'https://docs.dintero.com/docs/clients',
            'https://docs.dintero.com/docs/loyalty/clients',
        ),
    ),
    ScopeInfo(
        name='write:discounts',
        action=Action.WRITE,
        resource=Resource.DISCOUNTS,
        restriction=None,
        description=None,
        group='admin:discounts',
        doc_urls=(
            'https://docs.dintero.com/docs/clients',
            'https://docs.dintero.com/docs/loyalty/clients',
        ),
    ),
    ScopeInfo(
        name='write:discounts:/available_for_receipt',
        action=Action.WRITE,
        resource=Resource.DISCOUNTS,
        restriction='/available_for_receipt',
        description=None,
        group='admin:discounts',
        doc_urls=(
            'https://docs.dintero.com/docs/clients',
            'https://docs.dintero.com/docs/loyalty/clients',
        ),
    ),
    ScopeInfo(
        name='write:discounts:/events',
        action=Action.WRITE,
        resource=Resource.DISCOUNTS,
        restriction='/events',
        description=None,
        group='admin:discounts',
        doc_urls=(
            'https://docs.dintero.com/docs/clients',
            'https://docs.dintero.com/docs/loyalty/clients',
        ),
    ),
    ScopeInfo(
        name='write:hooks',
        action=Action.WRITE,
        resource=Resource.HOOKS,
        restriction=None,
        description=None,
        group='admin:hooks',
        doc_urls=(
            'https://docs.dintero.com/docs/clients',
            'https://docs.dintero.com/docs/loyalty/clients',
        ),
    ),
    ScopeInfo(
        name='write:insight',
        action=Action.WRITE,
        resource=Resource.INSIGHT,
        restriction=None,
        description=None,
        group=None,
        doc_urls=(
            'https://docs.dintero.com/api-reference/report-configuration/create-new-insight-report-configuration',
        ),
    ),
    ScopeInfo(
        name='write:locations',
        action=Action.WRITE,
        resource=Resource.LOCATIONS,
        restriction=None,
        description=None,
        group='admin:locations',
        doc_urls=(
            'https://docs.dintero.com/docs/clients',
            'https://docs.dintero.com/docs/loyalty/clients',
        ),
    ),
    ScopeInfo(
        name='write:payout',
        action=Action.WRITE,
        resource=Resource.PAYOUT,
        restriction=None,
        description=None,
        group=None,
        doc_urls=(
            'https://docs.dintero.com/api-reference/payments/initiate-fund-transfer',
        ),
    ),
    ScopeInfo(
        name='write:receipts',
        action=Action.WRITE,
        resource=Resource.RECEIPTS,
        restriction=None,
        description=None,
        group='admin:receipts',
        doc_urls=(
            'https://docs.dintero.com/docs/clients',
            'https://docs.dintero.com/docs/loyalty/clients',
        ),
    ),
    ScopeInfo(
        name='write:settlements',
        action=Action.WRITE,
        resource=Resource.SETTLEMENTS,
        restriction=None,
        description=None,
        group=None,
        doc_urls=(
            'https://docs.dintero.com/api-reference/payments/create-settlement-report-configurations',
            'https://docs.dintero.com/api-reference/payments/delete-settlement-report-configuration',
            'https://docs.dintero.com/api-reference/payments/update-settlement-report-configuration',
        ),
    ),
    ScopeInfo(
        name='write:shopping',
        action=Action.WRITE,
        resource=Resource.SHOPPING,
        restriction=None,
        description=None,
        group='admin:shopping',
        doc_urls=(
            'https://docs.dintero.com/api-reference/ordercaptures/create-a-capture',
            'https://docs.dintero.com/docs/clients',
            'https://docs.dintero.com/docs/loyalty/clients',
        ),
    ),
    ScopeInfo(
        name='write:shopping:/orders/ANY/events',
        action=Action.WRITE,
        resource=Resource.SHOPPING,
        restriction='/orders/ANY/events',
        description=None,
        group='admin:shopping',
        doc_urls=(
            'https://docs.dintero.com/docs/clients',
            'https://docs.dintero.com/docs/loyalty/clients',
        ),
    ),
    ScopeInfo(
        name='write:wallets',
        action=Action.WRITE,
        resource=Resource.WALLETS,
        restriction=None,
        description=None,
        group='admin:wallets',
        doc_urls=(
            'https://docs.dintero.com/docs/clients',
            'https://docs.dintero.com/docs/loyalty/clients',
        ),
    ),
    ScopeInfo(
        name='write:wallets:/info',
        action=Action.WRITE,
        resource=Resource.WALLETS,
        restriction='/info',
        description=None,
        group='admin:wallets',
        doc_urls=(
            'https://docs.dintero.com/docs/clients',
            'https://docs.dintero.com/docs/loyalty/clients',
        ),
    ),
    ScopeInfo(
        name='write:wallets:/transactions',
        action=Action.WRITE,
        resource=Resource.WALLETS,
        restriction='/transactions',
        description=None,
        group='admin:wallets',
        doc_urls=(
            'https://docs.dintero.com/docs/clients',
            'https://docs.dintero.com/docs/loyalty/clients',
        ),
    ),
)

# Looked up in the value map, so building this table warns of no deprecated scope.
SCOPE_INFO: Mapping[Scope, ScopeInfo] = MappingProxyType(
    {Scope._value2member_map_[info.name]: info for info in _INFO}  # type: ignore[misc]
)
"""What the docs say of each scope."""

_ACTION_WORDS = frozenset(
    {
        'admin',
        'create',
        'delete',
        'public',
        'read',
        'user',
        'write',
    }
)


class ScopeParts(NamedTuple):
    """A scope string split into ``action:resource[:restriction]``; a missing part is None."""

    action: Optional[str]
    resource: Optional[str]
    restriction: Optional[str]


def parse_scope(scope: str) -> ScopeParts:
    """Split any scope string into its parts, the way the catalogue does.

    ``write:accounts:/auth/users`` gives ``write``, ``accounts`` and ``/auth/users``;
    ``create:accounts:auth:refresh_token`` gives ``create``, ``accounts`` and
    ``auth:refresh_token``, as the restriction is everything after the second colon.
    A string without a colon is an action if it is an action word (``public``), else
    it has no parts (``openid``). An empty part is None.
    """
    action, colon, rest = scope.partition(":")
    if not colon:
        return ScopeParts(scope if scope in _ACTION_WORDS else None, None, None)
    resource, _, restriction = rest.partition(":")
    return ScopeParts(action or None, resource or None, restriction or None)
