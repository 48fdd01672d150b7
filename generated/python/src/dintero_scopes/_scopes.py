"""The OAuth scopes of the Dintero APIs, their parts, and what the docs say of each.

Generated from the Dintero documentation, read from
https://docs.dintero.com/llms.txt
at 2026-12-03T15:19:26Z. Do not edit: regenerate.
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
    DINTERO = 'dintero'
    DISCOUNTS = 'discounts'
    HOOKS = 'hooks'
    INSIGHT = 'insight'
    LOCATIONS = 'locations'
    PAYOUT = 'payout'
    PRODUCTS = 'products'
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
    that document it; ``sensitive`` says why the maintainers of this package marked the
    scope as weakening a safeguard, None where they did not.
    """

    name: str
    action: Optional[Action]
    resource: Optional[Resource]
    restriction: Optional[str]
    description: Optional[str]
    group: Optional[str]
    doc_urls: tuple[str, ...]
    sensitive: Optional[str]


_DEPRECATED: frozenset[str] = frozenset()
"""Scopes removed from the docs, kept for one more release: none."""


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

    ADMIN_DINTERO = 'admin:dintero'
    """Admin access to dintero. The Dintero docs give no description."""

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

    ADMIN_PRODUCTS = 'admin:products'
    """Admin access to products. The Dintero docs give no description."""

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

    AWS_COGNITO_SIGNIN_USER_ADMIN = 'aws.cognito.signin.user.admin'
    """The Dintero docs give no description."""

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

    OPENID = 'openid'
    """The Dintero docs give no description."""

    PUBLIC = 'public'
    """The Dintero docs give no description."""

    PUBLIC_CUSTOMERS = 'public:customers'
    """Access public resources (read-only)"""

    PUBLIC_DISCOUNTS = 'public:discounts'
    """Access public resources (read-only)"""

    PUBLIC_RECEIPTS = 'public:receipts'
    """Public access to receipts. The Dintero docs give no description."""

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

    READ_PRODUCTS = 'read:products'
    """Read access to products. The Dintero docs give no description."""

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

    USER_CUSTOMERS_CUSTOMER_DETAILS = 'user:customers:/customer/details'
    """User access to customers, restricted to /customer/details. The Dintero
    docs give no description.
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

    USER_WALLETS = 'user:wallets'
    """User access to wallets. The Dintero docs give no description."""

    WRITE_ACCOUNTS = 'write:accounts'
    """Write access to accounts. The Dintero docs give no description; listed
    under admin:account.
    """

    WRITE_ACCOUNTS_AUTH_MFA = 'write:accounts:/auth/mfa'
    """Write access to accounts, restricted to /auth/mfa. The Dintero docs give
    no description.
    """

    WRITE_ACCOUNTS_AUTH_PASSWORDLESS = 'write:accounts:/auth/passwordless'
    """Write access to accounts, restricted to /auth/passwordless. The Dintero
    docs give no description; listed under admin:account.
    """

    WRITE_ACCOUNTS_AUTH_PASSWORDLESS_EMAIL = 'write:accounts:/auth/passwordless-email'
    """Write access to accounts, restricted to /auth/passwordless-email. The
    Dintero docs give no description.
    """

    WRITE_ACCOUNTS_AUTH_PASSWORDLESS_SMS = 'write:accounts:/auth/passwordless-sms'
    """Write access to accounts, restricted to /auth/passwordless-sms. The
    Dintero docs give no description.
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

    WRITE_ACCOUNTS_MANAGEMENT_SETTINGS_CONNECTIONS_BAMBORA = (
        'write:accounts:/management/settings/connections/bambora'
    )
    """Write access to accounts, restricted to
    /management/settings/connections/bambora. The Dintero docs give no
    description.
    """

    WRITE_ACCOUNTS_MANAGEMENT_SETTINGS_CONNECTIONS_COLLECTOR = (
        'write:accounts:/management/settings/connections/collector'
    )
    """Write access to accounts, restricted to
    /management/settings/connections/collector. The Dintero docs give no
    description.
    """

    WRITE_ACCOUNTS_MANAGEMENT_SETTINGS_CONNECTIONS_INSTABANK = (
        'write:accounts:/management/settings/connections/instabank'
    )
    """Write access to accounts, restricted to
    /management/settings/connections/instabank. The Dintero docs give no
    description; listed under admin:account.
    """

    WRITE_ACCOUNTS_MANAGEMENT_SETTINGS_CONNECTIONS_PAYEX = (
        'write:accounts:/management/settings/connections/payex'
    )
    """Write access to accounts, restricted to
    /management/settings/connections/payex. The Dintero docs give no
    description.
    """

    WRITE_ACCOUNTS_MANAGEMENT_SETTINGS_CONNECTIONS_SWISH = (
        'write:accounts:/management/settings/connections/swish'
    )
    """Write access to accounts, restricted to
    /management/settings/connections/swish. The Dintero docs give no
    description.
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

    WRITE_PRODUCTS = 'write:products'
    """Write access to products. The Dintero docs give no description."""

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
    'admin:dintero',
    'admin:discounts',
    'admin:hooks',
    'admin:insight',
    'admin:locations',
    'admin:payout',
    'admin:products',
    'admin:receipts',
    'admin:reports',
    'admin:settlements',
    'admin:shopping',
    'admin:wallets',
    'aws.cognito.signin.user.admin',
    'create:account',
    'create:accounts:auth:refresh_token',
    'create:applicant',
    'create:customers:/users',
    'openid',
    'public',
    'public:customers',
    'public:discounts',
    'public:receipts',
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
    'read:products',
    'read:receipts',
    'read:reports',
    'read:settlements',
    'read:shopping',
    'read:shopping:/orders/ANY/events',
    'read:wallets',
    'user:customers',
    'user:customers:/customer/details',
    'user:discounts',
    'user:receipts',
    'user:shopping',
    'user:wallets',
    'write:accounts',
    'write:accounts:/auth/mfa',
    'write:accounts:/auth/passwordless',
    'write:accounts:/auth/passwordless-email',
    'write:accounts:/auth/passwordless-sms',
    'write:accounts:/auth/passwordless/code',
    'write:accounts:/auth/users',
    'write:accounts:/auth/users/no-mfa',
    'write:accounts:/management/settings/approvals',
    'write:accounts:/management/settings/connections/bambora',
    'write:accounts:/management/settings/connections/collector',
    'write:accounts:/management/settings/connections/instabank',
    'write:accounts:/management/settings/connections/payex',
    'write:accounts:/management/settings/connections/swish',
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
    'write:products',
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
        sensitive=None,
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
            'https://docs.dintero.com/api-reference/auth/aid_account_aid_get',
            'https://docs.dintero.com/api-reference/auth/aid_account_assets_post',
            'https://docs.dintero.com/api-reference/auth/aid_account_settings_connections_bambora_get',
            'https://docs.dintero.com/api-reference/auth/aid_account_settings_connections_bambora_post',
            'https://docs.dintero.com/api-reference/auth/aid_account_settings_connections_bambora_post-connection-onboarding',
            'https://docs.dintero.com/api-reference/auth/aid_account_settings_connections_collector_get',
            'https://docs.dintero.com/api-reference/auth/aid_account_settings_connections_collector_post',
            'https://docs.dintero.com/api-reference/auth/aid_account_settings_connections_collector_post-connection-onboarding',
            'https://docs.dintero.com/api-reference/auth/aid_account_settings_connections_common_get',
            'https://docs.dintero.com/api-reference/auth/aid_account_settings_connections_common_post',
            'https://docs.dintero.com/api-reference/auth/aid_account_settings_connections_common_post-connection-onboarding',
            'https://docs.dintero.com/api-reference/auth/aid_account_settings_connections_instabank_get',
            'https://docs.dintero.com/api-reference/auth/aid_account_settings_connections_instabank_post',
            'https://docs.dintero.com/api-reference/auth/aid_account_settings_connections_instabank_post-connection-onboarding',
            'https://docs.dintero.com/api-reference/auth/aid_account_settings_connections_payex_get',
            'https://docs.dintero.com/api-reference/auth/aid_account_settings_connections_payex_post',
            'https://docs.dintero.com/api-reference/auth/aid_account_settings_connections_payex_post-connection-onboarding',
            'https://docs.dintero.com/api-reference/auth/aid_account_settings_connections_swish_get',
            'https://docs.dintero.com/api-reference/auth/aid_account_settings_connections_swish_post',
            'https://docs.dintero.com/api-reference/auth/aid_account_settings_connections_swish_post-connection-onboarding',
            'https://docs.dintero.com/api-reference/auth/aid_account_settings_connections_vipps_get',
            'https://docs.dintero.com/api-reference/auth/aid_account_settings_connections_vipps_post',
            'https://docs.dintero.com/api-reference/auth/aid_account_settings_connections_vipps_post-connection-onboarding',
            'https://docs.dintero.com/api-reference/auth/aid_account_settings_connections_vipps_put',
            'https://docs.dintero.com/api-reference/auth/aid_account_settings_connections_vipps_put-connection-onboarding',
            'https://docs.dintero.com/api-reference/auth/aid_account_settings_put',
            'https://docs.dintero.com/api-reference/auth/aid_accounts_aid_connections_events_post',
            'https://docs.dintero.com/api-reference/auth/aid_accounts_aid_get',
            'https://docs.dintero.com/api-reference/auth/aid_accounts_aid_mgmnt_users_activities_get',
            'https://docs.dintero.com/api-reference/auth/aid_accounts_aid_mgmnt_users_delete',
            'https://docs.dintero.com/api-reference/auth/aid_accounts_aid_mgmnt_users_get',
            'https://docs.dintero.com/api-reference/auth/aid_accounts_aid_mgmnt_users_post',
            'https://docs.dintero.com/api-reference/auth/aid_accounts_aid_mgmnt_users_put',
            'https://docs.dintero.com/api-reference/auth/aid_accounts_aid_put',
            'https://docs.dintero.com/api-reference/auth/aid_auth_account_passwordless_post',
            'https://docs.dintero.com/api-reference/auth/aid_auth_clients_get',
            'https://docs.dintero.com/api-reference/auth/aid_auth_clients_post',
            'https://docs.dintero.com/api-reference/auth/aid_auth_mfa_challenge_post',
            'https://docs.dintero.com/api-reference/auth/aid_auth_mfa_recovery_post',
            'https://docs.dintero.com/api-reference/auth/aid_auth_passwordless_post',
            'https://docs.dintero.com/api-reference/auth/aid_auth_users_post',
            'https://docs.dintero.com/api-reference/auth/aid_auth_users_username_change_username_post',
            'https://docs.dintero.com/api-reference/auth/aid_auth_users_username_delete',
            'https://docs.dintero.com/api-reference/auth/aid_auth_users_username_put',
            'https://docs.dintero.com/api-reference/auth/aid_auths_client_grants_get',
            'https://docs.dintero.com/api-reference/auth/aid_auths_client_grants_id_delete',
            'https://docs.dintero.com/api-reference/auth/aid_auths_client_grants_post',
            'https://docs.dintero.com/api-reference/auth/aid_auths_clients_id_delete',
            'https://docs.dintero.com/api-reference/auth/aid_auths_clients_id_get',
            'https://docs.dintero.com/api-reference/auth/aid_auths_clients_id_rotate_post',
            'https://docs.dintero.com/api-reference/auth/aid_auths_keys_get',
            'https://docs.dintero.com/api-reference/auth/aid_auths_oauth_revoke_post',
            'https://docs.dintero.com/api-reference/auth/aid_auths_oauth_token_post',
            'https://docs.dintero.com/api-reference/auth/aid_auths_roles_get',
            'https://docs.dintero.com/api-reference/auth/aid_auths_roles_id_delete',
            'https://docs.dintero.com/api-reference/auth/aid_auths_roles_id_get',
            'https://docs.dintero.com/api-reference/auth/aid_auths_roles_id_put',
            'https://docs.dintero.com/api-reference/auth/aid_auths_roles_post',
            'https://docs.dintero.com/api-reference/auth/aid_mgmnt_accounts_aid_delete',
            'https://docs.dintero.com/api-reference/auth/aid_mgmnt_accounts_events_get',
            'https://docs.dintero.com/api-reference/auth/aid_mgmnt_accounts_events_post',
            'https://docs.dintero.com/api-reference/auth/aid_mgmnt_accounts_post',
            'https://docs.dintero.com/api-reference/authenticate/get-token',
            'https://docs.dintero.com/api-reference/customers/change-customer-id-users',
            'https://docs.dintero.com/api-reference/payments/get-token',
            'https://docs.dintero.com/api-reference/payments/list-seller-approvals',
            'https://docs.dintero.com/api-reference/payments/new-seller-approval',
            'https://docs.dintero.com/api-reference/users/change-customer_id',
            'https://docs.dintero.com/management-auth-api/account-connections/aid_account_settings_connections_common_post',
            'https://docs.dintero.com/management-auth-api/account-settings/aid_account_settings_put',
            'https://docs.dintero.com/management-auth-api/accounts/aid_mgmnt_accounts_get',
            'https://docs.dintero.com/management-auth-api/authenticate/aid_auths_oauth_exchange_token_post',
            'https://docs.dintero.com/management-auth-api/clients/aid_auth_clients_post',
            'https://docs.dintero.com/management-auth-api/payout-destinations/aid_mgmnt_payout_destinations_post',
            'https://docs.dintero.com/management-auth-api/roles/aid_auths_roles_get',
            'https://docs.dintero.com/management-auth-api/roles/aid_auths_roles_id_put',
            'https://docs.dintero.com/management-auth-api/roles/aid_auths_roles_post',
            'https://docs.dintero.com/partners/accounts/aid_mgmnt_accounts_get',
            'https://docs.dintero.com/partners/authenticate/aid_auths_oauth_exchange_token_post',
        ),
        sensitive=None,
    ),
    ScopeInfo(
        name='admin:automations',
        action=Action.ADMIN,
        resource=Resource.AUTOMATIONS,
        restriction=None,
        description='Fully manage Automations',
        group=None,
        doc_urls=(
            'https://docs.dintero.com/api-reference/discounts/create-automations-rules',
            'https://docs.dintero.com/api-reference/discounts/delete-automations-rules',
            'https://docs.dintero.com/api-reference/discounts/get-automations-rules',
            'https://docs.dintero.com/api-reference/rules-automations/automation-collection',
            'https://docs.dintero.com/api-reference/rules-automations/delete-automation',
            'https://docs.dintero.com/docs/clients',
            'https://docs.dintero.com/docs/loyalty/clients',
        ),
        sensitive=None,
    ),
    ScopeInfo(
        name='admin:billing',
        action=Action.ADMIN,
        resource=Resource.BILLING,
        restriction=None,
        description=None,
        group=None,
        doc_urls=(
            'https://docs.dintero.com/api-reference/payments/create-reports-generate-test-report',
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
        sensitive=None,
    ),
    ScopeInfo(
        name='admin:checkout',
        action=Action.ADMIN,
        resource=Resource.CHECKOUT,
        restriction=None,
        description='Fully manage checkout',
        group=None,
        doc_urls=(
            'https://docs.dintero.com/api-reference/checkout/create-admin-api-keys',
            'https://docs.dintero.com/api-reference/checkout/create-admin-signature',
            'https://docs.dintero.com/api-reference/checkout/create-creditchecks',
            'https://docs.dintero.com/api-reference/checkout/create-events-settlements',
            'https://docs.dintero.com/api-reference/checkout/create-events-transaction',
            'https://docs.dintero.com/api-reference/checkout/create-gateways-status',
            'https://docs.dintero.com/api-reference/checkout/create-session-profiles',
            'https://docs.dintero.com/api-reference/checkout/create-sessions',
            'https://docs.dintero.com/api-reference/checkout/create-sessions-qr',
            'https://docs.dintero.com/api-reference/checkout/delete-admin-api-keys',
            'https://docs.dintero.com/api-reference/checkout/delete-session-profiles',
            'https://docs.dintero.com/api-reference/checkout/get-session-profiles',
            'https://docs.dintero.com/api-reference/checkout/list-admin-api-keys',
            'https://docs.dintero.com/api-reference/checkout/list-admin-checkout',
            'https://docs.dintero.com/api-reference/checkout/list-admin-signature',
            'https://docs.dintero.com/api-reference/checkout/list-session-profiles',
            'https://docs.dintero.com/api-reference/checkout/list-sessions',
            'https://docs.dintero.com/api-reference/checkout/rotate-api-key-api-keys',
            'https://docs.dintero.com/api-reference/checkout/update-admin-checkout',
            'https://docs.dintero.com/api-reference/checkout/update-session-profiles',
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
            'https://docs.dintero.com/checkout-api/api-keys/admin_api_keys_get',
            'https://docs.dintero.com/checkout-api/api-keys/admin_api_keys_post',
            'https://docs.dintero.com/checkout-api/profiles/admin_session_profile_details_delete',
            'https://docs.dintero.com/checkout-api/profiles/admin_session_profile_details_get',
            'https://docs.dintero.com/checkout-api/profiles/admin_session_profile_get',
            'https://docs.dintero.com/checkout-api/secrets/admin_signature_get',
            'https://docs.dintero.com/checkout-api/transactions/transactions_get',
            'https://docs.dintero.com/docs/clients',
            'https://docs.dintero.com/docs/loyalty/clients',
        ),
        sensitive=None,
    ),
    ScopeInfo(
        name='admin:customers',
        action=Action.ADMIN,
        resource=Resource.CUSTOMERS,
        restriction=None,
        description='Fully manage eCRM Customer Data Platform',
        group=None,
        doc_urls=(
            'https://docs.dintero.com/api-reference/customers/change-customer-id-users',
            'https://docs.dintero.com/api-reference/customers/check-customers-users',
            'https://docs.dintero.com/api-reference/customers/create-customers-tags',
            'https://docs.dintero.com/api-reference/customers/create-customers-terms',
            'https://docs.dintero.com/api-reference/customers/create-customers-users',
            'https://docs.dintero.com/api-reference/customers/create-tokens-events',
            'https://docs.dintero.com/api-reference/customers/create-users-communication',
            'https://docs.dintero.com/api-reference/customers/create-users-tokens',
            'https://docs.dintero.com/api-reference/customers/delete-customers-tags',
            'https://docs.dintero.com/api-reference/customers/delete-customers-terms',
            'https://docs.dintero.com/api-reference/customers/delete-customers-users',
            'https://docs.dintero.com/api-reference/customers/delete-tokens-events',
            'https://docs.dintero.com/api-reference/customers/delete-users-tokens',
            'https://docs.dintero.com/api-reference/customers/get-customers-terms',
            'https://docs.dintero.com/api-reference/customers/get-customers-users',
            'https://docs.dintero.com/api-reference/customers/list-company-departments',
            'https://docs.dintero.com/api-reference/customers/list-customers-settings',
            'https://docs.dintero.com/api-reference/customers/list-customers-tags',
            'https://docs.dintero.com/api-reference/customers/list-customers-terms',
            'https://docs.dintero.com/api-reference/customers/list-customers-users',
            'https://docs.dintero.com/api-reference/customers/list-tokens-events',
            'https://docs.dintero.com/api-reference/customers/list-users-communication',
            'https://docs.dintero.com/api-reference/customers/list-users-tags',
            'https://docs.dintero.com/api-reference/customers/list-users-tokens',
            'https://docs.dintero.com/api-reference/customers/update-customers-settings',
            'https://docs.dintero.com/api-reference/customers/update-customers-users',
            'https://docs.dintero.com/api-reference/customers/update-users-tags',
            'https://docs.dintero.com/api-reference/terms/create-new-terms',
            'https://docs.dintero.com/api-reference/terms/terms-collection',
            'https://docs.dintero.com/api-reference/tokens/token-collections',
            'https://docs.dintero.com/api-reference/users/change-customer_id',
            'https://docs.dintero.com/api-reference/users/customer-collection',
            'https://docs.dintero.com/api-reference/users/user-exist',
            'https://docs.dintero.com/docs/clients',
            'https://docs.dintero.com/docs/loyalty/clients',
        ),
        sensitive=None,
    ),
    ScopeInfo(
        name='admin:dintero',
        action=Action.ADMIN,
        resource=Resource.DINTERO,
        restriction=None,
        description=None,
        group=None,
        doc_urls=(
            'https://docs.dintero.com/api-reference/checkout/update-collector-credentials',
            'https://docs.dintero.com/api-reference/checkout/update-collector-override',
            'https://docs.dintero.com/api-reference/checkout/update-gateways-bambora',
            'https://docs.dintero.com/api-reference/checkout/update-gateways-collector',
            'https://docs.dintero.com/api-reference/checkout/update-gateways-dintero-psp',
            'https://docs.dintero.com/api-reference/checkout/update-gateways-instabank',
            'https://docs.dintero.com/api-reference/checkout/update-gateways-klarna',
            'https://docs.dintero.com/api-reference/checkout/update-gateways-netaxept',
            'https://docs.dintero.com/api-reference/checkout/update-gateways-payex',
            'https://docs.dintero.com/api-reference/checkout/update-gateways-santander',
            'https://docs.dintero.com/api-reference/checkout/update-gateways-swish',
            'https://docs.dintero.com/api-reference/checkout/update-gateways-vipps',
            'https://docs.dintero.com/api-reference/checkout/update-klarna-credentials',
            'https://docs.dintero.com/api-reference/checkout/update-netaxept-override',
            'https://docs.dintero.com/api-reference/checkout/update-payex-credentials',
            'https://docs.dintero.com/api-reference/checkout/update-payex-override',
            'https://docs.dintero.com/api-reference/checkout/update-santander-override',
            'https://docs.dintero.com/api-reference/checkout/update-swish-override',
            'https://docs.dintero.com/api-reference/checkout/update-vipps-override',
        ),
        sensitive=None,
    ),
    ScopeInfo(
        name='admin:discounts',
        action=Action.ADMIN,
        resource=Resource.DISCOUNTS,
        restriction=None,
        description='Fully manage DealEngine',
        group=None,
        doc_urls=(
            'https://docs.dintero.com/api-reference/campaigns/campaigns-collection',
            'https://docs.dintero.com/api-reference/campaigns/update-campaign',
            'https://docs.dintero.com/api-reference/discounts/create-available-for-receipt-claims',
            'https://docs.dintero.com/api-reference/discounts/create-customers-refs',
            'https://docs.dintero.com/api-reference/discounts/create-discounts-available-for-receipt',
            'https://docs.dintero.com/api-reference/discounts/create-discounts-campaigns',
            'https://docs.dintero.com/api-reference/discounts/create-discounts-events',
            'https://docs.dintero.com/api-reference/discounts/create-discounts-rules',
            'https://docs.dintero.com/api-reference/discounts/create-rules-customers',
            'https://docs.dintero.com/api-reference/discounts/create-search-rules',
            'https://docs.dintero.com/api-reference/discounts/delete-available-for-receipt-claims',
            'https://docs.dintero.com/api-reference/discounts/delete-customers-refs',
            'https://docs.dintero.com/api-reference/discounts/delete-discounts-campaigns',
            'https://docs.dintero.com/api-reference/discounts/delete-discounts-rules',
            'https://docs.dintero.com/api-reference/discounts/delete-rules-customers',
            'https://docs.dintero.com/api-reference/discounts/get-available-for-receipt-claims',
            'https://docs.dintero.com/api-reference/discounts/get-customers-refs',
            'https://docs.dintero.com/api-reference/discounts/get-discounts-campaigns',
            'https://docs.dintero.com/api-reference/discounts/get-discounts-rules',
            'https://docs.dintero.com/api-reference/discounts/list-available-for-receipt-claims',
            'https://docs.dintero.com/api-reference/discounts/list-customers-rules',
            'https://docs.dintero.com/api-reference/discounts/list-discounts-campaigns',
            'https://docs.dintero.com/api-reference/discounts/list-discounts-rules',
            'https://docs.dintero.com/api-reference/discounts/list-public-rules',
            'https://docs.dintero.com/api-reference/discounts/list-rules-customers',
            'https://docs.dintero.com/api-reference/discounts/list-rules-usages',
            'https://docs.dintero.com/api-reference/discounts/update-discounts-campaigns',
            'https://docs.dintero.com/api-reference/discounts/update-discounts-rules',
            'https://docs.dintero.com/api-reference/rules-customers/get-discount-customers-refs',
            'https://docs.dintero.com/api-reference/rules/discount-collection',
            'https://docs.dintero.com/api-reference/use-discounts/post-event',
            'https://docs.dintero.com/docs/clients',
            'https://docs.dintero.com/docs/loyalty/clients',
        ),
        sensitive=None,
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
            'https://docs.dintero.com/api-reference/webhooks/create-hooks-subscriptions',
            'https://docs.dintero.com/api-reference/webhooks/delete-hooks-subscriptions',
            'https://docs.dintero.com/api-reference/webhooks/get-subscriptions-deliveries',
            'https://docs.dintero.com/api-reference/webhooks/list-hooks-subscriptions',
            'https://docs.dintero.com/api-reference/webhooks/list-subscriptions-deliveries',
            'https://docs.dintero.com/api-reference/webhooks/ping-subscriptions',
            'https://docs.dintero.com/docs/clients',
            'https://docs.dintero.com/docs/loyalty/clients',
        ),
        sensitive=None,
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
        sensitive=None,
    ),
    ScopeInfo(
        name='admin:locations',
        action=Action.ADMIN,
        resource=Resource.LOCATIONS,
        restriction=None,
        description='Fully manage sale locations',
        group=None,
        doc_urls=(
            'https://docs.dintero.com/api-reference/customers/create-locations',
            'https://docs.dintero.com/api-reference/customers/delete-locations',
            'https://docs.dintero.com/api-reference/customers/get-locations',
            'https://docs.dintero.com/api-reference/customers/list-locations',
            'https://docs.dintero.com/api-reference/customers/update-locations',
            'https://docs.dintero.com/api-reference/locations/create-new-sales-location',
            'https://docs.dintero.com/api-reference/locations/location-details',
            'https://docs.dintero.com/api-reference/locations/locations-collection',
            'https://docs.dintero.com/docs/clients',
            'https://docs.dintero.com/docs/loyalty/clients',
        ),
        sensitive=None,
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
        sensitive=None,
    ),
    ScopeInfo(
        name='admin:products',
        action=Action.ADMIN,
        resource=Resource.PRODUCTS,
        restriction=None,
        description=None,
        group=None,
        doc_urls=(
            'https://docs.dintero.com/api-reference/products/create-catalogs-products',
            'https://docs.dintero.com/api-reference/products/create-products-catalogs',
            'https://docs.dintero.com/api-reference/products/delete-catalogs-products',
            'https://docs.dintero.com/api-reference/products/delete-products-catalogs',
            'https://docs.dintero.com/api-reference/products/list-catalogs-products',
            'https://docs.dintero.com/api-reference/products/list-products-catalogs',
            'https://docs.dintero.com/api-reference/products/update-catalogs-products',
            'https://docs.dintero.com/api-reference/products/update-products-catalogs',
        ),
        sensitive=None,
    ),
    ScopeInfo(
        name='admin:receipts',
        action=Action.ADMIN,
        resource=Resource.RECEIPTS,
        restriction=None,
        description='Fully manage eReceipts',
        group=None,
        doc_urls=(
            'https://docs.dintero.com/api-reference/customer-receipts/change-customer_id',
            'https://docs.dintero.com/api-reference/customer-receipts/customer-receipts-collection',
            'https://docs.dintero.com/api-reference/receipts/aid_receipts_customers_cid_get',
            'https://docs.dintero.com/api-reference/receipts/aid_receipts_customers_cid_rid_get',
            'https://docs.dintero.com/api-reference/receipts/change-customer-id-customers',
            'https://docs.dintero.com/api-reference/receipts/create-new-receipts',
            'https://docs.dintero.com/api-reference/receipts/create-receipts',
            'https://docs.dintero.com/api-reference/receipts/create-receipts-customer-segment',
            'https://docs.dintero.com/api-reference/receipts/create-receipts-receipt-token',
            'https://docs.dintero.com/api-reference/receipts/list-receipts-receipt-token',
            'https://docs.dintero.com/api-reference/receipts/list-receipts-search',
            'https://docs.dintero.com/api-reference/receipts/receipt-search',
            'https://docs.dintero.com/api-reference/receipts/update-receipt',
            'https://docs.dintero.com/api-reference/receipts/update-receipts-all',
            'https://docs.dintero.com/docs/clients',
            'https://docs.dintero.com/docs/loyalty/clients',
        ),
        sensitive=None,
    ),
    ScopeInfo(
        name='admin:reports',
        action=Action.ADMIN,
        resource=Resource.REPORTS,
        restriction=None,
        description=None,
        group=None,
        doc_urls=(
            'https://docs.dintero.com/api-reference/payments/create-reports-generate-test-report',
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
        sensitive=None,
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
        sensitive=None,
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
        sensitive=None,
    ),
    ScopeInfo(
        name='admin:wallets',
        action=Action.ADMIN,
        resource=Resource.WALLETS,
        restriction=None,
        description='Fully manage eWallet/eGift Cards',
        group=None,
        doc_urls=(
            'https://docs.dintero.com/api-reference/cards/create-a-token-for-the-card',
            'https://docs.dintero.com/api-reference/customers/list-customer-cards',
            'https://docs.dintero.com/api-reference/transactions/capture-pending-transaction',
            'https://docs.dintero.com/api-reference/wallets/capture-transactions',
            'https://docs.dintero.com/api-reference/wallets/create-cards-tokens',
            'https://docs.dintero.com/api-reference/wallets/create-wallets-cards',
            'https://docs.dintero.com/api-reference/wallets/create-wallets-info',
            'https://docs.dintero.com/api-reference/wallets/create-wallets-transactions',
            'https://docs.dintero.com/api-reference/wallets/get-customers-cards',
            'https://docs.dintero.com/api-reference/wallets/get-wallets-cards',
            'https://docs.dintero.com/api-reference/wallets/list-cards-transactions',
            'https://docs.dintero.com/api-reference/wallets/list-customers-cards',
            'https://docs.dintero.com/api-reference/wallets/void-transactions',
            'https://docs.dintero.com/docs/clients',
            'https://docs.dintero.com/docs/loyalty/clients',
        ),
        sensitive=None,
    ),
    ScopeInfo(
        name='aws.cognito.signin.user.admin',
        action=None,
        resource=None,
        restriction=None,
        description=None,
        group=None,
        doc_urls=(
            'https://docs.dintero.com/api-reference/auth/account_user_get',
        ),
        sensitive=None,
    ),
    ScopeInfo(
        name='create:account',
        action=Action.CREATE,
        resource=Resource.ACCOUNT,
        restriction=None,
        description=None,
        group='admin:account',
        doc_urls=(
            'https://docs.dintero.com/api-reference/auth/accounts_oid_signup_post',
            'https://docs.dintero.com/api-reference/auth/accounts_oid_signup_prefill_accept_post',
            'https://docs.dintero.com/api-reference/auth/accounts_oid_signup_prefill_get',
            'https://docs.dintero.com/api-reference/auth/accounts_oid_signup_verify_post',
            'https://docs.dintero.com/docs/clients',
            'https://docs.dintero.com/docs/loyalty/clients',
        ),
        sensitive=None,
    ),
    ScopeInfo(
        name='create:accounts:auth:refresh_token',
        action=Action.CREATE,
        resource=Resource.ACCOUNTS,
        restriction='auth:refresh_token',
        description=None,
        group='admin:account',
        doc_urls=(
            'https://docs.dintero.com/api-reference/auth/aid_auths_oauth_revoke_post',
            'https://docs.dintero.com/docs/clients',
            'https://docs.dintero.com/docs/loyalty/clients',
        ),
        sensitive=None,
    ),
    ScopeInfo(
        name='create:applicant',
        action=Action.CREATE,
        resource=Resource.APPLICANT,
        restriction=None,
        description=None,
        group='admin:account',
        doc_urls=(
            'https://docs.dintero.com/api-reference/auth/accounts_oid_signup_prefill_post',
            'https://docs.dintero.com/docs/clients',
            'https://docs.dintero.com/docs/loyalty/clients',
        ),
        sensitive=None,
    ),
    ScopeInfo(
        name='create:customers:/users',
        action=Action.CREATE,
        resource=Resource.CUSTOMERS,
        restriction='/users',
        description=None,
        group='admin:customers',
        doc_urls=(
            'https://docs.dintero.com/api-reference/customers/create-customers-users',
            'https://docs.dintero.com/docs/clients',
            'https://docs.dintero.com/docs/loyalty/clients',
        ),
        sensitive=None,
    ),
    ScopeInfo(
        name='openid',
        action=None,
        resource=None,
        restriction=None,
        description=None,
        group=None,
        doc_urls=(
            'https://docs.dintero.com/api-reference/auth/account_user_get',
            'https://docs.dintero.com/api-reference/auth/account_user_password_put',
        ),
        sensitive=None,
    ),
    ScopeInfo(
        name='public',
        action=Action.PUBLIC,
        resource=None,
        restriction=None,
        description=None,
        group=None,
        doc_urls=(
            'https://docs.dintero.com/api-reference/addresses/validate-address',
            'https://docs.dintero.com/api-reference/customers/get-external-organizations',
            'https://docs.dintero.com/api-reference/customers/get-external-postal-place',
            'https://docs.dintero.com/api-reference/customers/list-organizations-no',
            'https://docs.dintero.com/api-reference/customers/validate-address',
        ),
        sensitive=None,
    ),
    ScopeInfo(
        name='public:customers',
        action=Action.PUBLIC,
        resource=Resource.CUSTOMERS,
        restriction=None,
        description='Access public resources (read-only)',
        group='admin:customers',
        doc_urls=(
            'https://docs.dintero.com/api-reference/customers/check-customers-users',
            'https://docs.dintero.com/api-reference/customers/get-customers-terms',
            'https://docs.dintero.com/api-reference/customers/list-company-departments',
            'https://docs.dintero.com/api-reference/customers/list-customers-settings',
            'https://docs.dintero.com/api-reference/customers/list-customers-terms',
            'https://docs.dintero.com/api-reference/terms/terms-collection',
            'https://docs.dintero.com/api-reference/users/user-exist',
            'https://docs.dintero.com/docs/clients',
            'https://docs.dintero.com/docs/loyalty/clients',
        ),
        sensitive=None,
    ),
    ScopeInfo(
        name='public:discounts',
        action=Action.PUBLIC,
        resource=Resource.DISCOUNTS,
        restriction=None,
        description='Access public resources (read-only)',
        group='admin:discounts',
        doc_urls=(
            'https://docs.dintero.com/api-reference/discounts/list-public-rules',
            'https://docs.dintero.com/docs/clients',
            'https://docs.dintero.com/docs/loyalty/clients',
        ),
        sensitive=None,
    ),
    ScopeInfo(
        name='public:receipts',
        action=Action.PUBLIC,
        resource=Resource.RECEIPTS,
        restriction=None,
        description=None,
        group=None,
        doc_urls=(
            'https://docs.dintero.com/api-reference/receipts/list-receipts-receipt-token',
        ),
        sensitive=None,
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
            'https://docs.dintero.com/api-reference/auth/aid_account_aid_get',
            'https://docs.dintero.com/api-reference/auth/aid_account_settings_connections_bambora_get',
            'https://docs.dintero.com/api-reference/auth/aid_account_settings_connections_collector_get',
            'https://docs.dintero.com/api-reference/auth/aid_account_settings_connections_common_get',
            'https://docs.dintero.com/api-reference/auth/aid_account_settings_connections_instabank_get',
            'https://docs.dintero.com/api-reference/auth/aid_account_settings_connections_payex_get',
            'https://docs.dintero.com/api-reference/auth/aid_account_settings_connections_swish_get',
            'https://docs.dintero.com/api-reference/auth/aid_account_settings_connections_vipps_get',
            'https://docs.dintero.com/api-reference/auth/aid_accounts_aid_get',
            'https://docs.dintero.com/api-reference/auth/aid_accounts_aid_mgmnt_users_activities_get',
            'https://docs.dintero.com/api-reference/auth/aid_accounts_aid_mgmnt_users_get',
            'https://docs.dintero.com/api-reference/auth/aid_auth_clients_get',
            'https://docs.dintero.com/api-reference/auth/aid_auths_client_grants_get',
            'https://docs.dintero.com/api-reference/auth/aid_auths_clients_id_get',
            'https://docs.dintero.com/api-reference/auth/aid_auths_keys_get',
            'https://docs.dintero.com/api-reference/auth/aid_auths_roles_get',
            'https://docs.dintero.com/api-reference/auth/aid_auths_roles_id_get',
            'https://docs.dintero.com/api-reference/auth/aid_mgmnt_accounts_events_get',
            'https://docs.dintero.com/api-reference/payments/list-seller-approvals',
            'https://docs.dintero.com/docs/clients',
            'https://docs.dintero.com/docs/loyalty/clients',
            'https://docs.dintero.com/management-auth-api/accounts/aid_mgmnt_accounts_get',
            'https://docs.dintero.com/management-auth-api/authenticate/aid_auths_oauth_exchange_token_post',
            'https://docs.dintero.com/management-auth-api/roles/aid_auths_roles_get',
            'https://docs.dintero.com/partners/accounts/aid_mgmnt_accounts_get',
            'https://docs.dintero.com/partners/authenticate/aid_auths_oauth_exchange_token_post',
        ),
        sensitive=None,
    ),
    ScopeInfo(
        name='read:automations',
        action=Action.READ,
        resource=Resource.AUTOMATIONS,
        restriction=None,
        description=None,
        group='admin:automations',
        doc_urls=(
            'https://docs.dintero.com/api-reference/discounts/get-automations-rules',
            'https://docs.dintero.com/api-reference/rules-automations/automation-collection',
            'https://docs.dintero.com/docs/clients',
            'https://docs.dintero.com/docs/loyalty/clients',
        ),
        sensitive=None,
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
        sensitive=None,
    ),
    ScopeInfo(
        name='read:checkout',
        action=Action.READ,
        resource=Resource.CHECKOUT,
        restriction=None,
        description=None,
        group='admin:checkout',
        doc_urls=(
            'https://docs.dintero.com/api-reference/checkout/create-session-profiles',
            'https://docs.dintero.com/api-reference/checkout/get-session-profiles',
            'https://docs.dintero.com/api-reference/checkout/list-admin-checkout',
            'https://docs.dintero.com/api-reference/checkout/list-admin-signature',
            'https://docs.dintero.com/api-reference/checkout/list-sessions',
            'https://docs.dintero.com/api-reference/payments/get-a-transaction',
            'https://docs.dintero.com/api-reference/payments/get-checkout-session-details',
            'https://docs.dintero.com/api-reference/payments/list-all-transactions',
            'https://docs.dintero.com/api-reference/payments/update-checkout-session-details',
            'https://docs.dintero.com/api-reference/session/get-checkout-session-details',
            'https://docs.dintero.com/api-reference/transactions/list-all-transactions',
            'https://docs.dintero.com/checkout-api/profiles/admin_session_profile_details_get',
            'https://docs.dintero.com/checkout-api/secrets/admin_signature_get',
            'https://docs.dintero.com/checkout-api/transactions/transactions_get',
            'https://docs.dintero.com/docs/clients',
            'https://docs.dintero.com/docs/loyalty/clients',
        ),
        sensitive=None,
    ),
    ScopeInfo(
        name='read:customers',
        action=Action.READ,
        resource=Resource.CUSTOMERS,
        restriction=None,
        description=None,
        group='admin:customers',
        doc_urls=(
            'https://docs.dintero.com/api-reference/customers/check-customers-users',
            'https://docs.dintero.com/api-reference/customers/get-customers-terms',
            'https://docs.dintero.com/api-reference/customers/get-customers-users',
            'https://docs.dintero.com/api-reference/customers/list-company-departments',
            'https://docs.dintero.com/api-reference/customers/list-customers-settings',
            'https://docs.dintero.com/api-reference/customers/list-customers-tags',
            'https://docs.dintero.com/api-reference/customers/list-customers-terms',
            'https://docs.dintero.com/api-reference/customers/list-customers-users',
            'https://docs.dintero.com/api-reference/customers/list-tokens-events',
            'https://docs.dintero.com/api-reference/customers/list-users-communication',
            'https://docs.dintero.com/api-reference/customers/list-users-tags',
            'https://docs.dintero.com/api-reference/customers/list-users-tokens',
            'https://docs.dintero.com/api-reference/terms/terms-collection',
            'https://docs.dintero.com/api-reference/tokens/token-collections',
            'https://docs.dintero.com/api-reference/users/customer-collection',
            'https://docs.dintero.com/api-reference/users/user-exist',
            'https://docs.dintero.com/docs/clients',
            'https://docs.dintero.com/docs/loyalty/clients',
        ),
        sensitive=None,
    ),
    ScopeInfo(
        name='read:discounts',
        action=Action.READ,
        resource=Resource.DISCOUNTS,
        restriction=None,
        description=None,
        group='admin:discounts',
        doc_urls=(
            'https://docs.dintero.com/api-reference/campaigns/campaigns-collection',
            'https://docs.dintero.com/api-reference/discounts/create-search-rules',
            'https://docs.dintero.com/api-reference/discounts/get-available-for-receipt-claims',
            'https://docs.dintero.com/api-reference/discounts/get-customers-refs',
            'https://docs.dintero.com/api-reference/discounts/get-discounts-campaigns',
            'https://docs.dintero.com/api-reference/discounts/get-discounts-rules',
            'https://docs.dintero.com/api-reference/discounts/list-available-for-receipt-claims',
            'https://docs.dintero.com/api-reference/discounts/list-customers-rules',
            'https://docs.dintero.com/api-reference/discounts/list-discounts-campaigns',
            'https://docs.dintero.com/api-reference/discounts/list-discounts-rules',
            'https://docs.dintero.com/api-reference/discounts/list-public-rules',
            'https://docs.dintero.com/api-reference/discounts/list-rules-customers',
            'https://docs.dintero.com/api-reference/discounts/list-rules-usages',
            'https://docs.dintero.com/api-reference/rules-customers/get-discount-customers-refs',
            'https://docs.dintero.com/api-reference/rules/discount-collection',
            'https://docs.dintero.com/docs/clients',
            'https://docs.dintero.com/docs/loyalty/clients',
        ),
        sensitive=None,
    ),
    ScopeInfo(
        name='read:discounts:/available_for_receipt',
        action=Action.READ,
        resource=Resource.DISCOUNTS,
        restriction='/available_for_receipt',
        description=None,
        group='admin:discounts',
        doc_urls=(
            'https://docs.dintero.com/api-reference/discounts/get-available-for-receipt-claims',
            'https://docs.dintero.com/api-reference/discounts/list-available-for-receipt-claims',
            'https://docs.dintero.com/docs/clients',
            'https://docs.dintero.com/docs/loyalty/clients',
        ),
        sensitive=None,
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
            'https://docs.dintero.com/api-reference/webhooks/get-subscriptions-deliveries',
            'https://docs.dintero.com/api-reference/webhooks/list-hooks-subscriptions',
            'https://docs.dintero.com/api-reference/webhooks/list-subscriptions-deliveries',
            'https://docs.dintero.com/docs/clients',
            'https://docs.dintero.com/docs/loyalty/clients',
        ),
        sensitive=None,
    ),
    ScopeInfo(
        name='read:locations',
        action=Action.READ,
        resource=Resource.LOCATIONS,
        restriction=None,
        description=None,
        group='admin:locations',
        doc_urls=(
            'https://docs.dintero.com/api-reference/customers/get-locations',
            'https://docs.dintero.com/api-reference/customers/list-locations',
            'https://docs.dintero.com/api-reference/locations/location-details',
            'https://docs.dintero.com/api-reference/locations/locations-collection',
            'https://docs.dintero.com/docs/clients',
            'https://docs.dintero.com/docs/loyalty/clients',
        ),
        sensitive=None,
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
        sensitive=None,
    ),
    ScopeInfo(
        name='read:products',
        action=Action.READ,
        resource=Resource.PRODUCTS,
        restriction=None,
        description=None,
        group=None,
        doc_urls=(
            'https://docs.dintero.com/api-reference/products/list-catalogs-products',
            'https://docs.dintero.com/api-reference/products/list-products-catalogs',
        ),
        sensitive=None,
    ),
    ScopeInfo(
        name='read:receipts',
        action=Action.READ,
        resource=Resource.RECEIPTS,
        restriction=None,
        description=None,
        group='admin:receipts',
        doc_urls=(
            'https://docs.dintero.com/api-reference/customer-receipts/customer-receipts-collection',
            'https://docs.dintero.com/api-reference/receipts/aid_receipts_customers_cid_get',
            'https://docs.dintero.com/api-reference/receipts/aid_receipts_customers_cid_rid_get',
            'https://docs.dintero.com/api-reference/receipts/create-receipts-customer-segment',
            'https://docs.dintero.com/api-reference/receipts/list-receipts-receipt-token',
            'https://docs.dintero.com/api-reference/receipts/list-receipts-search',
            'https://docs.dintero.com/api-reference/receipts/receipt-search',
            'https://docs.dintero.com/api-reference/receipts/update-receipt',
            'https://docs.dintero.com/api-reference/receipts/update-receipts-all',
            'https://docs.dintero.com/docs/clients',
            'https://docs.dintero.com/docs/loyalty/clients',
        ),
        sensitive=None,
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
        sensitive=None,
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
        sensitive=None,
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
        sensitive=None,
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
        sensitive=None,
    ),
    ScopeInfo(
        name='read:wallets',
        action=Action.READ,
        resource=Resource.WALLETS,
        restriction=None,
        description=None,
        group='admin:wallets',
        doc_urls=(
            'https://docs.dintero.com/api-reference/customers/list-customer-cards',
            'https://docs.dintero.com/api-reference/wallets/get-customers-cards',
            'https://docs.dintero.com/api-reference/wallets/get-wallets-cards',
            'https://docs.dintero.com/api-reference/wallets/list-cards-transactions',
            'https://docs.dintero.com/api-reference/wallets/list-customers-cards',
            'https://docs.dintero.com/docs/clients',
            'https://docs.dintero.com/docs/loyalty/clients',
        ),
        sensitive=None,
    ),
    ScopeInfo(
        name='user:customers',
        action=Action.USER,
        resource=Resource.CUSTOMERS,
        restriction=None,
        description=None,
        group='admin:customers',
        doc_urls=(
            'https://docs.dintero.com/api-reference/customers/create-users-communication',
            'https://docs.dintero.com/api-reference/customers/create-users-tokens',
            'https://docs.dintero.com/api-reference/customers/delete-customers-users',
            'https://docs.dintero.com/api-reference/customers/delete-users-tokens',
            'https://docs.dintero.com/api-reference/customers/get-customers-users',
            'https://docs.dintero.com/api-reference/customers/list-users-communication',
            'https://docs.dintero.com/api-reference/customers/list-users-tags',
            'https://docs.dintero.com/api-reference/customers/list-users-tokens',
            'https://docs.dintero.com/api-reference/customers/update-customers-users',
            'https://docs.dintero.com/api-reference/customers/update-users-tags',
            'https://docs.dintero.com/api-reference/tokens/token-collections',
            'https://docs.dintero.com/docs/clients',
            'https://docs.dintero.com/docs/loyalty/clients',
        ),
        sensitive=None,
    ),
    ScopeInfo(
        name='user:customers:/customer/details',
        action=Action.USER,
        resource=Resource.CUSTOMERS,
        restriction='/customer/details',
        description=None,
        group=None,
        doc_urls=(
            'https://docs.dintero.com/api-reference/customers/get-customers-users',
        ),
        sensitive=None,
    ),
    ScopeInfo(
        name='user:discounts',
        action=Action.USER,
        resource=Resource.DISCOUNTS,
        restriction=None,
        description=None,
        group='admin:discounts',
        doc_urls=(
            'https://docs.dintero.com/api-reference/discounts/list-customers-rules',
            'https://docs.dintero.com/docs/clients',
            'https://docs.dintero.com/docs/loyalty/clients',
        ),
        sensitive=None,
    ),
    ScopeInfo(
        name='user:receipts',
        action=Action.USER,
        resource=Resource.RECEIPTS,
        restriction=None,
        description=None,
        group='admin:receipts',
        doc_urls=(
            'https://docs.dintero.com/api-reference/customer-receipts/customer-receipts-collection',
            'https://docs.dintero.com/api-reference/receipts/aid_receipts_customers_cid_get',
            'https://docs.dintero.com/api-reference/receipts/aid_receipts_customers_cid_rid_get',
            'https://docs.dintero.com/api-reference/receipts/create-receipts-receipt-token',
            'https://docs.dintero.com/api-reference/receipts/list-receipts-receipt-token',
            'https://docs.dintero.com/docs/clients',
            'https://docs.dintero.com/docs/loyalty/clients',
        ),
        sensitive=None,
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
        sensitive=None,
    ),
    ScopeInfo(
        name='user:wallets',
        action=Action.USER,
        resource=Resource.WALLETS,
        restriction=None,
        description=None,
        group=None,
        doc_urls=(
            'https://docs.dintero.com/api-reference/customers/list-customer-cards',
            'https://docs.dintero.com/api-reference/wallets/get-customers-cards',
            'https://docs.dintero.com/api-reference/wallets/list-customers-cards',
        ),
        sensitive=None,
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
            'https://docs.dintero.com/api-reference/auth/aid_account_assets_post',
            'https://docs.dintero.com/api-reference/auth/aid_account_settings_connections_bambora_callback_post',
            'https://docs.dintero.com/api-reference/auth/aid_account_settings_connections_bambora_post',
            'https://docs.dintero.com/api-reference/auth/aid_account_settings_connections_bambora_post-connection-onboarding',
            'https://docs.dintero.com/api-reference/auth/aid_account_settings_connections_collector_callback_post',
            'https://docs.dintero.com/api-reference/auth/aid_account_settings_connections_collector_post',
            'https://docs.dintero.com/api-reference/auth/aid_account_settings_connections_collector_post-connection-onboarding',
            'https://docs.dintero.com/api-reference/auth/aid_account_settings_connections_common_post',
            'https://docs.dintero.com/api-reference/auth/aid_account_settings_connections_common_post-connection-onboarding',
            'https://docs.dintero.com/api-reference/auth/aid_account_settings_connections_instabank_post',
            'https://docs.dintero.com/api-reference/auth/aid_account_settings_connections_instabank_post-connection-onboarding',
            'https://docs.dintero.com/api-reference/auth/aid_account_settings_connections_payex_callback_post',
            'https://docs.dintero.com/api-reference/auth/aid_account_settings_connections_payex_post',
            'https://docs.dintero.com/api-reference/auth/aid_account_settings_connections_payex_post-connection-onboarding',
            'https://docs.dintero.com/api-reference/auth/aid_account_settings_connections_swish_callback_post',
            'https://docs.dintero.com/api-reference/auth/aid_account_settings_connections_swish_post',
            'https://docs.dintero.com/api-reference/auth/aid_account_settings_connections_swish_post-connection-onboarding',
            'https://docs.dintero.com/api-reference/auth/aid_account_settings_connections_vipps_post',
            'https://docs.dintero.com/api-reference/auth/aid_account_settings_connections_vipps_post-connection-onboarding',
            'https://docs.dintero.com/api-reference/auth/aid_account_settings_connections_vipps_put',
            'https://docs.dintero.com/api-reference/auth/aid_account_settings_connections_vipps_put-connection-onboarding',
            'https://docs.dintero.com/api-reference/auth/aid_account_settings_put',
            'https://docs.dintero.com/api-reference/auth/aid_accounts_aid_connections_events_post',
            'https://docs.dintero.com/api-reference/auth/aid_accounts_aid_mgmnt_users_delete',
            'https://docs.dintero.com/api-reference/auth/aid_accounts_aid_mgmnt_users_post',
            'https://docs.dintero.com/api-reference/auth/aid_accounts_aid_mgmnt_users_put',
            'https://docs.dintero.com/api-reference/auth/aid_accounts_aid_put',
            'https://docs.dintero.com/api-reference/auth/aid_auth_account_passwordless_post',
            'https://docs.dintero.com/api-reference/auth/aid_auth_clients_post',
            'https://docs.dintero.com/api-reference/auth/aid_auth_mfa_challenge_post',
            'https://docs.dintero.com/api-reference/auth/aid_auth_mfa_recovery_post',
            'https://docs.dintero.com/api-reference/auth/aid_auth_passwordless_post',
            'https://docs.dintero.com/api-reference/auth/aid_auth_users_post',
            'https://docs.dintero.com/api-reference/auth/aid_auth_users_username_delete',
            'https://docs.dintero.com/api-reference/auth/aid_auth_users_username_put',
            'https://docs.dintero.com/api-reference/auth/aid_auths_client_grants_id_delete',
            'https://docs.dintero.com/api-reference/auth/aid_auths_client_grants_post',
            'https://docs.dintero.com/api-reference/auth/aid_auths_clients_id_delete',
            'https://docs.dintero.com/api-reference/auth/aid_auths_clients_id_rotate_post',
            'https://docs.dintero.com/api-reference/auth/aid_auths_oauth_revoke_post',
            'https://docs.dintero.com/api-reference/auth/aid_auths_oauth_token_post',
            'https://docs.dintero.com/api-reference/auth/aid_auths_roles_id_delete',
            'https://docs.dintero.com/api-reference/auth/aid_auths_roles_id_put',
            'https://docs.dintero.com/api-reference/auth/aid_auths_roles_post',
            'https://docs.dintero.com/api-reference/auth/aid_mgmnt_accounts_aid_delete',
            'https://docs.dintero.com/api-reference/auth/aid_mgmnt_accounts_events_post',
            'https://docs.dintero.com/api-reference/auth/aid_mgmnt_accounts_post',
            'https://docs.dintero.com/api-reference/authenticate/get-token',
            'https://docs.dintero.com/api-reference/payments/get-token',
            'https://docs.dintero.com/api-reference/payments/new-seller-approval',
            'https://docs.dintero.com/docs/clients',
            'https://docs.dintero.com/docs/loyalty/clients',
            'https://docs.dintero.com/management-auth-api/account-connections/aid_account_settings_connections_bambora_callback_post',
            'https://docs.dintero.com/management-auth-api/account-connections/aid_account_settings_connections_common_post',
            'https://docs.dintero.com/management-auth-api/account-settings/aid_account_settings_put',
            'https://docs.dintero.com/management-auth-api/clients/aid_auth_clients_post',
            'https://docs.dintero.com/management-auth-api/payout-destinations/aid_mgmnt_payout_destinations_post',
            'https://docs.dintero.com/management-auth-api/roles/aid_auths_roles_id_put',
            'https://docs.dintero.com/management-auth-api/roles/aid_auths_roles_post',
        ),
        sensitive=None,
    ),
    ScopeInfo(
        name='write:accounts:/auth/mfa',
        action=Action.WRITE,
        resource=Resource.ACCOUNTS,
        restriction='/auth/mfa',
        description=None,
        group=None,
        doc_urls=(
            'https://docs.dintero.com/api-reference/auth/aid_auth_mfa_challenge_post',
            'https://docs.dintero.com/api-reference/auth/aid_auth_mfa_recovery_post',
        ),
        sensitive=None,
    ),
    ScopeInfo(
        name='write:accounts:/auth/passwordless',
        action=Action.WRITE,
        resource=Resource.ACCOUNTS,
        restriction='/auth/passwordless',
        description=None,
        group='admin:account',
        doc_urls=(
            'https://docs.dintero.com/api-reference/auth/aid_auth_account_passwordless_post',
            'https://docs.dintero.com/docs/clients',
            'https://docs.dintero.com/docs/loyalty/clients',
        ),
        sensitive=None,
    ),
    ScopeInfo(
        name='write:accounts:/auth/passwordless-email',
        action=Action.WRITE,
        resource=Resource.ACCOUNTS,
        restriction='/auth/passwordless-email',
        description=None,
        group=None,
        doc_urls=(
            'https://docs.dintero.com/api-reference/auth/aid_auth_account_passwordless_post',
        ),
        sensitive=None,
    ),
    ScopeInfo(
        name='write:accounts:/auth/passwordless-sms',
        action=Action.WRITE,
        resource=Resource.ACCOUNTS,
        restriction='/auth/passwordless-sms',
        description=None,
        group=None,
        doc_urls=(
            'https://docs.dintero.com/api-reference/auth/aid_auth_account_passwordless_post',
        ),
        sensitive=None,
    ),
    ScopeInfo(
        name='write:accounts:/auth/passwordless/code',
        action=Action.WRITE,
        resource=Resource.ACCOUNTS,
        restriction='/auth/passwordless/code',
        description=None,
        group='admin:account',
        doc_urls=(
            'https://docs.dintero.com/api-reference/auth/aid_auth_passwordless_post',
            'https://docs.dintero.com/docs/clients',
            'https://docs.dintero.com/docs/loyalty/clients',
        ),
        sensitive=None,
    ),
    ScopeInfo(
        name='write:accounts:/auth/users',
        action=Action.WRITE,
        resource=Resource.ACCOUNTS,
        restriction='/auth/users',
        description=None,
        group='admin:account',
        doc_urls=(
            'https://docs.dintero.com/api-reference/auth/aid_auth_users_post',
            'https://docs.dintero.com/api-reference/auth/aid_auth_users_username_delete',
            'https://docs.dintero.com/api-reference/auth/aid_auth_users_username_put',
            'https://docs.dintero.com/api-reference/auth/aid_auths_oauth_token_post',
            'https://docs.dintero.com/api-reference/authenticate/get-token',
            'https://docs.dintero.com/api-reference/customers/change-password-customers',
            'https://docs.dintero.com/api-reference/customers/login-customers',
            'https://docs.dintero.com/api-reference/customers/mfa-login-customers',
            'https://docs.dintero.com/api-reference/customers/mfa-login-recovery-customers',
            'https://docs.dintero.com/api-reference/payments/get-token',
            'https://docs.dintero.com/docs/clients',
            'https://docs.dintero.com/docs/loyalty/clients',
        ),
        sensitive=None,
    ),
    ScopeInfo(
        name='write:accounts:/auth/users/no-mfa',
        action=Action.WRITE,
        resource=Resource.ACCOUNTS,
        restriction='/auth/users/no-mfa',
        description=None,
        group=None,
        doc_urls=(
            'https://docs.dintero.com/api-reference/auth/aid_auths_oauth_token_post',
            'https://docs.dintero.com/api-reference/authenticate/get-token',
            'https://docs.dintero.com/api-reference/customers/login-customers',
            'https://docs.dintero.com/api-reference/payments/get-token',
        ),
        sensitive=(
            'manages users without multi-factor authentication, which '
            'weakens sign-in security'
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
        sensitive=None,
    ),
    ScopeInfo(
        name='write:accounts:/management/settings/connections/bambora',
        action=Action.WRITE,
        resource=Resource.ACCOUNTS,
        restriction='/management/settings/connections/bambora',
        description=None,
        group=None,
        doc_urls=(
            'https://docs.dintero.com/api-reference/auth/aid_account_settings_connections_bambora_callback_post',
            'https://docs.dintero.com/management-auth-api/account-connections/aid_account_settings_connections_bambora_callback_post',
        ),
        sensitive=None,
    ),
    ScopeInfo(
        name='write:accounts:/management/settings/connections/collector',
        action=Action.WRITE,
        resource=Resource.ACCOUNTS,
        restriction='/management/settings/connections/collector',
        description=None,
        group=None,
        doc_urls=(
            'https://docs.dintero.com/api-reference/auth/aid_account_settings_connections_collector_callback_post',
        ),
        sensitive=None,
    ),
    ScopeInfo(
        name='write:accounts:/management/settings/connections/instabank',
        action=Action.WRITE,
        resource=Resource.ACCOUNTS,
        restriction='/management/settings/connections/instabank',
        description=None,
        group='admin:account',
        doc_urls=(
            'https://docs.dintero.com/api-reference/auth/aid_account_settings_connections_instabank_callback_post',
            'https://docs.dintero.com/docs/clients',
            'https://docs.dintero.com/docs/loyalty/clients',
        ),
        sensitive=None,
    ),
    ScopeInfo(
        name='write:accounts:/management/settings/connections/payex',
        action=Action.WRITE,
        resource=Resource.ACCOUNTS,
        restriction='/management/settings/connections/payex',
        description=None,
        group=None,
        doc_urls=(
            'https://docs.dintero.com/api-reference/auth/aid_account_settings_connections_payex_callback_post',
        ),
        sensitive=None,
    ),
    ScopeInfo(
        name='write:accounts:/management/settings/connections/swish',
        action=Action.WRITE,
        resource=Resource.ACCOUNTS,
        restriction='/management/settings/connections/swish',
        description=None,
        group=None,
        doc_urls=(
            'https://docs.dintero.com/api-reference/auth/aid_account_settings_connections_swish_callback_post',
        ),
        sensitive=None,
    ),
    ScopeInfo(
        name='write:accounts:/management/settings/connections/vipps',
        action=Action.WRITE,
        resource=Resource.ACCOUNTS,
        restriction='/management/settings/connections/vipps',
        description=None,
        group='admin:account',
        doc_urls=(
            'https://docs.dintero.com/api-reference/auth/aid_account_settings_connections_vipps_callback_post',
            'https://docs.dintero.com/docs/clients',
            'https://docs.dintero.com/docs/loyalty/clients',
            'https://docs.dintero.com/management-auth-api/account-connections/aid_account_settings_connections_vipps_callback_post',
        ),
        sensitive=None,
    ),
    ScopeInfo(
        name='write:automations',
        action=Action.WRITE,
        resource=Resource.AUTOMATIONS,
        restriction=None,
        description=None,
        group='admin:automations',
        doc_urls=(
            'https://docs.dintero.com/api-reference/discounts/create-automations-rules',
            'https://docs.dintero.com/api-reference/discounts/delete-automations-rules',
            'https://docs.dintero.com/api-reference/rules-automations/delete-automation',
            'https://docs.dintero.com/docs/clients',
            'https://docs.dintero.com/docs/loyalty/clients',
        ),
        sensitive=None,
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
        sensitive=None,
    ),
    ScopeInfo(
        name='write:checkout',
        action=Action.WRITE,
        resource=Resource.CHECKOUT,
        restriction=None,
        description=None,
        group='admin:checkout',
        doc_urls=(
            'https://docs.dintero.com/api-reference/checkout/create-admin-signature',
            'https://docs.dintero.com/api-reference/checkout/create-creditchecks',
            'https://docs.dintero.com/api-reference/checkout/create-sessions',
            'https://docs.dintero.com/api-reference/checkout/create-sessions-qr',
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
        sensitive=None,
    ),
    ScopeInfo(
        name='write:customers',
        action=Action.WRITE,
        resource=Resource.CUSTOMERS,
        restriction=None,
        description=None,
        group='admin:customers',
        doc_urls=(
            'https://docs.dintero.com/api-reference/customers/create-customers-tags',
            'https://docs.dintero.com/api-reference/customers/create-customers-terms',
            'https://docs.dintero.com/api-reference/customers/create-customers-users',
            'https://docs.dintero.com/api-reference/customers/create-tokens-events',
            'https://docs.dintero.com/api-reference/customers/create-users-communication',
            'https://docs.dintero.com/api-reference/customers/create-users-tokens',
            'https://docs.dintero.com/api-reference/customers/delete-customers-tags',
            'https://docs.dintero.com/api-reference/customers/delete-customers-terms',
            'https://docs.dintero.com/api-reference/customers/delete-customers-users',
            'https://docs.dintero.com/api-reference/customers/delete-tokens-events',
            'https://docs.dintero.com/api-reference/customers/delete-users-tokens',
            'https://docs.dintero.com/api-reference/customers/update-customers-settings',
            'https://docs.dintero.com/api-reference/customers/update-customers-users',
            'https://docs.dintero.com/api-reference/customers/update-users-tags',
            'https://docs.dintero.com/api-reference/terms/create-new-terms',
            'https://docs.dintero.com/docs/clients',
            'https://docs.dintero.com/docs/loyalty/clients',
        ),
        sensitive=None,
    ),
    ScopeInfo(
        name='write:discounts',
        action=Action.WRITE,
        resource=Resource.DISCOUNTS,
        restriction=None,
        description=None,
        group='admin:discounts',
        doc_urls=(
            'https://docs.dintero.com/api-reference/campaigns/update-campaign',
            'https://docs.dintero.com/api-reference/discounts/create-available-for-receipt-claims',
            'https://docs.dintero.com/api-reference/discounts/create-customers-refs',
            'https://docs.dintero.com/api-reference/discounts/create-discounts-available-for-receipt',
            'https://docs.dintero.com/api-reference/discounts/create-discounts-campaigns',
            'https://docs.dintero.com/api-reference/discounts/create-discounts-events',
            'https://docs.dintero.com/api-reference/discounts/create-discounts-rules',
            'https://docs.dintero.com/api-reference/discounts/create-rules-customers',
            'https://docs.dintero.com/api-reference/discounts/delete-available-for-receipt-claims',
            'https://docs.dintero.com/api-reference/discounts/delete-customers-refs',
            'https://docs.dintero.com/api-reference/discounts/delete-discounts-campaigns',
            'https://docs.dintero.com/api-reference/discounts/delete-discounts-rules',
            'https://docs.dintero.com/api-reference/discounts/delete-rules-customers',
            'https://docs.dintero.com/api-reference/discounts/update-discounts-campaigns',
            'https://docs.dintero.com/api-reference/discounts/update-discounts-rules',
            'https://docs.dintero.com/api-reference/use-discounts/post-event',
            'https://docs.dintero.com/docs/clients',
            'https://docs.dintero.com/docs/loyalty/clients',
        ),
        sensitive=None,
    ),
    ScopeInfo(
        name='write:discounts:/available_for_receipt',
        action=Action.WRITE,
        resource=Resource.DISCOUNTS,
        restriction='/available_for_receipt',
        description=None,
        group='admin:discounts',
        doc_urls=(
            'https://docs.dintero.com/api-reference/discounts/create-available-for-receipt-claims',
            'https://docs.dintero.com/api-reference/discounts/create-discounts-available-for-receipt',
            'https://docs.dintero.com/api-reference/discounts/delete-available-for-receipt-claims',
            'https://docs.dintero.com/docs/clients',
            'https://docs.dintero.com/docs/loyalty/clients',
        ),
        sensitive=None,
    ),
    ScopeInfo(
        name='write:discounts:/events',
        action=Action.WRITE,
        resource=Resource.DISCOUNTS,
        restriction='/events',
        description=None,
        group='admin:discounts',
        doc_urls=(
            'https://docs.dintero.com/api-reference/discounts/create-discounts-events',
            'https://docs.dintero.com/api-reference/use-discounts/post-event',
            'https://docs.dintero.com/docs/clients',
            'https://docs.dintero.com/docs/loyalty/clients',
        ),
        sensitive=None,
    ),
    ScopeInfo(
        name='write:hooks',
        action=Action.WRITE,
        resource=Resource.HOOKS,
        restriction=None,
        description=None,
        group='admin:hooks',
        doc_urls=(
            'https://docs.dintero.com/api-reference/webhooks/create-hooks-subscriptions',
            'https://docs.dintero.com/api-reference/webhooks/delete-hooks-subscriptions',
            'https://docs.dintero.com/api-reference/webhooks/ping-subscriptions',
            'https://docs.dintero.com/docs/clients',
            'https://docs.dintero.com/docs/loyalty/clients',
        ),
        sensitive=None,
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
        sensitive=None,
    ),
    ScopeInfo(
        name='write:locations',
        action=Action.WRITE,
        resource=Resource.LOCATIONS,
        restriction=None,
        description=None,
        group='admin:locations',
        doc_urls=(
            'https://docs.dintero.com/api-reference/customers/create-locations',
            'https://docs.dintero.com/api-reference/customers/delete-locations',
            'https://docs.dintero.com/api-reference/customers/update-locations',
            'https://docs.dintero.com/api-reference/locations/create-new-sales-location',
            'https://docs.dintero.com/docs/clients',
            'https://docs.dintero.com/docs/loyalty/clients',
        ),
        sensitive=None,
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
        sensitive=None,
    ),
    ScopeInfo(
        name='write:products',
        action=Action.WRITE,
        resource=Resource.PRODUCTS,
        restriction=None,
        description=None,
        group=None,
        doc_urls=(
            'https://docs.dintero.com/api-reference/products/create-catalogs-products',
            'https://docs.dintero.com/api-reference/products/create-products-catalogs',
            'https://docs.dintero.com/api-reference/products/delete-catalogs-products',
            'https://docs.dintero.com/api-reference/products/delete-products-catalogs',
            'https://docs.dintero.com/api-reference/products/list-catalogs-products',
            'https://docs.dintero.com/api-reference/products/list-products-catalogs',
            'https://docs.dintero.com/api-reference/products/update-catalogs-products',
            'https://docs.dintero.com/api-reference/products/update-products-catalogs',
        ),
        sensitive=None,
    ),
    ScopeInfo(
        name='write:receipts',
        action=Action.WRITE,
        resource=Resource.RECEIPTS,
        restriction=None,
        description=None,
        group='admin:receipts',
        doc_urls=(
            'https://docs.dintero.com/api-reference/receipts/create-new-receipts',
            'https://docs.dintero.com/api-reference/receipts/create-receipts',
            'https://docs.dintero.com/api-reference/receipts/create-receipts-receipt-token',
            'https://docs.dintero.com/docs/clients',
            'https://docs.dintero.com/docs/loyalty/clients',
        ),
        sensitive=None,
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
        sensitive=None,
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
        sensitive=None,
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
        sensitive=None,
    ),
    ScopeInfo(
        name='write:wallets',
        action=Action.WRITE,
        resource=Resource.WALLETS,
        restriction=None,
        description=None,
        group='admin:wallets',
        doc_urls=(
            'https://docs.dintero.com/api-reference/cards/create-a-token-for-the-card',
            'https://docs.dintero.com/api-reference/transactions/capture-pending-transaction',
            'https://docs.dintero.com/api-reference/wallets/capture-transactions',
            'https://docs.dintero.com/api-reference/wallets/create-cards-tokens',
            'https://docs.dintero.com/api-reference/wallets/create-wallets-cards',
            'https://docs.dintero.com/api-reference/wallets/create-wallets-info',
            'https://docs.dintero.com/api-reference/wallets/create-wallets-transactions',
            'https://docs.dintero.com/api-reference/wallets/void-transactions',
            'https://docs.dintero.com/docs/clients',
            'https://docs.dintero.com/docs/loyalty/clients',
        ),
        sensitive=None,
    ),
    ScopeInfo(
        name='write:wallets:/info',
        action=Action.WRITE,
        resource=Resource.WALLETS,
        restriction='/info',
        description=None,
        group='admin:wallets',
        doc_urls=(
            'https://docs.dintero.com/api-reference/wallets/create-wallets-info',
            'https://docs.dintero.com/docs/clients',
            'https://docs.dintero.com/docs/loyalty/clients',
        ),
        sensitive=None,
    ),
    ScopeInfo(
        name='write:wallets:/transactions',
        action=Action.WRITE,
        resource=Resource.WALLETS,
        restriction='/transactions',
        description=None,
        group='admin:wallets',
        doc_urls=(
            'https://docs.dintero.com/api-reference/transactions/capture-pending-transaction',
            'https://docs.dintero.com/api-reference/wallets/capture-transactions',
            'https://docs.dintero.com/api-reference/wallets/create-wallets-transactions',
            'https://docs.dintero.com/api-reference/wallets/void-transactions',
            'https://docs.dintero.com/docs/clients',
            'https://docs.dintero.com/docs/loyalty/clients',
        ),
        sensitive=None,
    ),
)

# Looked up in the value map, so building this table warns of no deprecated scope.
SCOPE_INFO: Mapping[Scope, ScopeInfo] = MappingProxyType(
    {Scope._value2member_map_[info.name]: info for info in _INFO}  # type: ignore[misc]
)
"""What the docs say of each scope."""
