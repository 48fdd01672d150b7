"""The endpoints of the Dintero APIs, the scopes each accepts and the page that documents it.

Generated from the Dintero documentation, read from
https://docs.dintero.com/llms.txt
at 2026-12-03T15:19:26Z. Do not edit: regenerate.
"""

from collections.abc import Mapping
from types import MappingProxyType
from typing import NamedTuple, Optional

from ._scopes import Scope


class Endpoint(NamedTuple):
    """An endpoint as the docs give it.

    ``path`` is a template under ``server``, with a ``{param}`` for each path parameter.
    """

    method: str
    server: str
    path: str


class EndpointDoc(NamedTuple):
    """Where the Dintero docs document an endpoint.

    ``title`` and ``doc_url`` are its page's; ``names`` every title and operationId its
    docs give it, and ``pages`` every docs page that documents it. ``client_auth`` is
    True for an endpoint that authenticates the API client itself (HTTP Basic with its
    client id and secret, as the token endpoint does for ``client_credentials``): such a
    call needs no scope, and the scopes the endpoint lists apply to its Bearer grant types.
    """

    title: Optional[str]
    doc_url: Optional[str]
    names: tuple[str, ...]
    pages: tuple[str, ...]
    client_auth: bool = False


_DOCUMENTED: tuple[tuple[Endpoint, tuple[Scope, ...], EndpointDoc], ...] = (
    (
        Endpoint(
            method='POST',
            server='https://api.dintero.com',
            path='/v2/accounts/{aid}/payout/fund-transfer',
        ),
        (
            Scope.ADMIN_PAYOUT,
            Scope.WRITE_PAYOUT,
        ),
        EndpointDoc(
            title='Initiate fund transfer',
            doc_url='https://docs.dintero.com/api-reference/payments/initiate-fund-transfer',
            names=(
                'Initiate fund transfer',
                'v2_aid_payout_fund_transfers_post',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/payments/initiate-fund-transfer',
            ),
        ),
    ),
    (
        Endpoint(
            method='POST',
            server='https://api.dintero.com',
            path='/v2/accounts/{aid}/payout/fund-transfers',
        ),
        (),
        EndpointDoc(
            title='Initiate fund transfer',
            doc_url='https://docs.dintero.com/api-reference/v2-fund-transfers/initiate-fund-transfer',
            names=(
                'Initiate fund transfer',
                'v2_aid_payout_fund_transfers_post',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/v2-fund-transfers/initiate-fund-transfer',
                'https://docs.dintero.com/api-reference/v2-fund-transfers/v2_aid_payout_fund_transfers_post',
            ),
        ),
    ),
    (
        Endpoint(
            method='GET',
            server='https://api.dintero.com',
            path='/v2/accounts/{aid}/payout/payout-destinations/{payout_destination_id}/balances',
        ),
        (
            Scope.READ_PAYOUT,
        ),
        EndpointDoc(
            title='Get seller balances',
            doc_url='https://docs.dintero.com/api-reference/payments/get-seller-balances',
            names=(
                'Get seller balances',
                'v2_aid_payout_destination_balance_get',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/payments/get-seller-balances',
                'https://docs.dintero.com/api-reference/v2-config-payout-destinations/v2_aid_payout_destination_balance_get',
            ),
        ),
    ),
    (
        Endpoint(
            method='GET',
            server='https://api.dintero.com',
            path='/v2/accounts/{aid}/payout/payout-destinations/{payout_destination_id}/transfers',
        ),
        (
            Scope.READ_PAYOUT,
        ),
        EndpointDoc(
            title='Get seller transfers',
            doc_url='https://docs.dintero.com/api-reference/payments/get-seller-transfers',
            names=(
                'Get seller transfers',
                'v2_aid_payout_destination_transfers_get',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/payments/get-seller-transfers',
                'https://docs.dintero.com/api-reference/v2-config-payout-destinations/get-seller-transfers',
                'https://docs.dintero.com/api-reference/v2-config-payout-destinations/v2_aid_payout_destination_transfers_get',
            ),
        ),
    ),
    (
        Endpoint(
            method='GET',
            server='https://api.dintero.com/v1',
            path='/account/user',
        ),
        (
            Scope.AWS_COGNITO_SIGNIN_USER_ADMIN,
            Scope.OPENID,
        ),
        EndpointDoc(
            title='List account user',
            doc_url='https://docs.dintero.com/api-reference/auth/account_user_get',
            names=(
                'List account user',
                'account_user_get',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/auth/account_user_get',
            ),
        ),
    ),
    (
        Endpoint(
            method='PUT',
            server='https://api.dintero.com/v1',
            path='/account/user/mfa/sms',
        ),
        (),
        EndpointDoc(
            title='Update mfa sms',
            doc_url='https://docs.dintero.com/api-reference/auth/account_user_mfa_sms_put',
            names=(
                'Update mfa sms',
                'account_user_mfa_sms_put',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/auth/account_user_mfa_sms_put',
            ),
        ),
    ),
    (
        Endpoint(
            method='POST',
            server='https://api.dintero.com/v1',
            path='/account/user/password',
        ),
        (
            Scope.OPENID,
        ),
        EndpointDoc(
            title='Create user password',
            doc_url='https://docs.dintero.com/api-reference/auth/account_user_password_put',
            names=(
                'Create user password',
                'account_user_password_put',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/auth/account_user_password_put',
            ),
        ),
    ),
    (
        Endpoint(
            method='POST',
            server='https://api.dintero.com/v1',
            path='/accounts/{aid}/auth/mfa/challenge',
        ),
        (
            Scope.ADMIN_ACCOUNTS,
            Scope.WRITE_ACCOUNTS,
            Scope.WRITE_ACCOUNTS_AUTH_MFA,
        ),
        EndpointDoc(
            title='Create mfa challenge',
            doc_url='https://docs.dintero.com/api-reference/auth/aid_auth_mfa_challenge_post',
            names=(
                'Create mfa challenge',
                'aid_auth_mfa_challenge_post',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/auth/aid_auth_mfa_challenge_post',
            ),
        ),
    ),
    (
        Endpoint(
            method='POST',
            server='https://api.dintero.com/v1',
            path='/accounts/{aid}/auth/mfa/recovery',
        ),
        (
            Scope.ADMIN_ACCOUNTS,
            Scope.WRITE_ACCOUNTS,
            Scope.WRITE_ACCOUNTS_AUTH_MFA,
        ),
        EndpointDoc(
            title='Create mfa recovery',
            doc_url='https://docs.dintero.com/api-reference/auth/aid_auth_mfa_recovery_post',
            names=(
                'Create mfa recovery',
                'aid_auth_mfa_recovery_post',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/auth/aid_auth_mfa_recovery_post',
            ),
        ),
    ),
    (
        Endpoint(
            method='POST',
            server='https://api.dintero.com/v1',
            path='/accounts/{aid}/auth/users',
        ),
        (
            Scope.ADMIN_ACCOUNTS,
            Scope.WRITE_ACCOUNTS,
            Scope.WRITE_ACCOUNTS_AUTH_USERS,
        ),
        EndpointDoc(
            title='Create auth users',
            doc_url='https://docs.dintero.com/api-reference/auth/aid_auth_users_post',
            names=(
                'Create auth users',
                'aid_auth_users_post',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/auth/aid_auth_users_post',
            ),
        ),
    ),
    (
        Endpoint(
            method='DELETE',
            server='https://api.dintero.com/v1',
            path='/accounts/{aid}/auth/users/{username}',
        ),
        (
            Scope.ADMIN_ACCOUNTS,
            Scope.WRITE_ACCOUNTS,
            Scope.WRITE_ACCOUNTS_AUTH_USERS,
        ),
        EndpointDoc(
            title='Delete auth users',
            doc_url='https://docs.dintero.com/api-reference/auth/aid_auth_users_username_delete',
            names=(
                'Delete auth users',
                'aid_auth_users_username_delete',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/auth/aid_auth_users_username_delete',
            ),
        ),
    ),
    (
        Endpoint(
            method='PUT',
            server='https://api.dintero.com/v1',
            path='/accounts/{aid}/auth/users/{username}',
        ),
        (
            Scope.ADMIN_ACCOUNTS,
            Scope.WRITE_ACCOUNTS,
            Scope.WRITE_ACCOUNTS_AUTH_USERS,
        ),
        EndpointDoc(
            title='Update auth users',
            doc_url='https://docs.dintero.com/api-reference/auth/aid_auth_users_username_put',
            names=(
                'Update auth users',
                'aid_auth_users_username_put',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/auth/aid_auth_users_username_put',
            ),
        ),
    ),
    (
        Endpoint(
            method='POST',
            server='https://api.dintero.com/v1',
            path='/accounts/{aid}/auth/users/{username}/change_username',
        ),
        (
            Scope.ADMIN_ACCOUNTS,
        ),
        EndpointDoc(
            title='Create users change username',
            doc_url='https://docs.dintero.com/api-reference/auth/aid_auth_users_username_change_username_post',
            names=(
                'Create users change username',
                'aid_auth_users_username_change_username_post',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/auth/aid_auth_users_username_change_username_post',
            ),
        ),
    ),
    (
        Endpoint(
            method='GET',
            server='https://api.dintero.com/v1',
            path='/accounts/{aid}/automations/rules',
        ),
        (
            Scope.ADMIN_AUTOMATIONS,
            Scope.READ_AUTOMATIONS,
        ),
        EndpointDoc(
            title='Automation collection',
            doc_url='https://docs.dintero.com/api-reference/rules-automations/automation-collection',
            names=(
                'Automation collection',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/rules-automations/automation-collection',
            ),
        ),
    ),
    (
        Endpoint(
            method='POST',
            server='https://api.dintero.com/v1',
            path='/accounts/{aid}/automations/rules',
        ),
        (
            Scope.ADMIN_AUTOMATIONS,
            Scope.WRITE_AUTOMATIONS,
        ),
        EndpointDoc(
            title='Create automations rules',
            doc_url='https://docs.dintero.com/api-reference/discounts/create-automations-rules',
            names=(
                'Create automations rules',
                'aid_automations_rules_post',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/discounts/create-automations-rules',
            ),
        ),
    ),
    (
        Endpoint(
            method='DELETE',
            server='https://api.dintero.com/v1',
            path='/accounts/{aid}/automations/rules/{arid}',
        ),
        (
            Scope.ADMIN_AUTOMATIONS,
            Scope.WRITE_AUTOMATIONS,
        ),
        EndpointDoc(
            title='Delete automations rules',
            doc_url='https://docs.dintero.com/api-reference/discounts/delete-automations-rules',
            names=(
                'Delete automation',
                'Delete automations rules',
                'aid_automations_rules_rid_delete',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/discounts/delete-automations-rules',
                'https://docs.dintero.com/api-reference/rules-automations/delete-automation',
            ),
        ),
    ),
    (
        Endpoint(
            method='GET',
            server='https://api.dintero.com/v1',
            path='/accounts/{aid}/automations/rules/{arid}',
        ),
        (
            Scope.ADMIN_AUTOMATIONS,
            Scope.READ_AUTOMATIONS,
        ),
        EndpointDoc(
            title='Get automations rules',
            doc_url='https://docs.dintero.com/api-reference/discounts/get-automations-rules',
            names=(
                'Get automations rules',
                'aid_automations_rules_rid_get',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/discounts/get-automations-rules',
            ),
        ),
    ),
    (
        Endpoint(
            method='POST',
            server='https://api.dintero.com/v1',
            path='/accounts/{aid}/customers/change_password',
        ),
        (
            Scope.WRITE_ACCOUNTS_AUTH_USERS,
        ),
        EndpointDoc(
            title='Change password customers',
            doc_url='https://docs.dintero.com/api-reference/customers/change-password-customers',
            names=(
                'Change password customers',
                'aid_customers_change_password',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/customers/change-password-customers',
            ),
        ),
    ),
    (
        Endpoint(
            method='GET',
            server='https://api.dintero.com/v1',
            path='/accounts/{aid}/customers/company/departments',
        ),
        (
            Scope.ADMIN_CUSTOMERS,
            Scope.PUBLIC_CUSTOMERS,
            Scope.READ_CUSTOMERS,
        ),
        EndpointDoc(
            title='List company departments',
            doc_url='https://docs.dintero.com/api-reference/customers/list-company-departments',
            names=(
                'List company departments',
                'aid_company_departments_get',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/customers/list-company-departments',
            ),
        ),
    ),
    (
        Endpoint(
            method='POST',
            server='https://api.dintero.com/v1',
            path='/accounts/{aid}/customers/login',
        ),
        (
            Scope.WRITE_ACCOUNTS_AUTH_USERS,
            Scope.WRITE_ACCOUNTS_AUTH_USERS_NO_MFA,
        ),
        EndpointDoc(
            title='Login customers',
            doc_url='https://docs.dintero.com/api-reference/customers/login-customers',
            names=(
                'Login customers',
                'aid_customers_login_post',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/customers/login-customers',
            ),
        ),
    ),
    (
        Endpoint(
            method='POST',
            server='https://api.dintero.com/v1',
            path='/accounts/{aid}/customers/mfa_login',
        ),
        (
            Scope.WRITE_ACCOUNTS_AUTH_USERS,
        ),
        EndpointDoc(
            title='Mfa login customers',
            doc_url='https://docs.dintero.com/api-reference/customers/mfa-login-customers',
            names=(
                'Mfa login customers',
                'aid_customers_mfa_login_post',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/customers/mfa-login-customers',
            ),
        ),
    ),
    (
        Endpoint(
            method='POST',
            server='https://api.dintero.com/v1',
            path='/accounts/{aid}/customers/mfa_login_recovery',
        ),
        (
            Scope.WRITE_ACCOUNTS_AUTH_USERS,
        ),
        EndpointDoc(
            title='Mfa login recovery customers',
            doc_url='https://docs.dintero.com/api-reference/customers/mfa-login-recovery-customers',
            names=(
                'Mfa login recovery customers',
                'aid_customers_mfa_login_initiate_recovery_post',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/customers/mfa-login-recovery-customers',
            ),
        ),
    ),
    (
        Endpoint(
            method='GET',
            server='https://api.dintero.com/v1',
            path='/accounts/{aid}/customers/settings',
        ),
        (
            Scope.ADMIN_CUSTOMERS,
            Scope.PUBLIC_CUSTOMERS,
            Scope.READ_CUSTOMERS,
        ),
        EndpointDoc(
            title='List customers settings',
            doc_url='https://docs.dintero.com/api-reference/customers/list-customers-settings',
            names=(
                'List customers settings',
                'aid_customers_atributes_get',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/customers/list-customers-settings',
            ),
        ),
    ),
    (
        Endpoint(
            method='PUT',
            server='https://api.dintero.com/v1',
            path='/accounts/{aid}/customers/settings',
        ),
        (
            Scope.ADMIN_CUSTOMERS,
            Scope.WRITE_CUSTOMERS,
        ),
        EndpointDoc(
            title='Update customers settings',
            doc_url='https://docs.dintero.com/api-reference/customers/update-customers-settings',
            names=(
                'Update customers settings',
                'aid_customers_atributes_put',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/customers/update-customers-settings',
            ),
        ),
    ),
    (
        Endpoint(
            method='GET',
            server='https://api.dintero.com/v1',
            path='/accounts/{aid}/customers/tags',
        ),
        (
            Scope.ADMIN_CUSTOMERS,
            Scope.READ_CUSTOMERS,
        ),
        EndpointDoc(
            title='List customers tags',
            doc_url='https://docs.dintero.com/api-reference/customers/list-customers-tags',
            names=(
                'List customers tags',
                'aid_customers_tags_get',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/customers/list-customers-tags',
            ),
        ),
    ),
    (
        Endpoint(
            method='POST',
            server='https://api.dintero.com/v1',
            path='/accounts/{aid}/customers/tags',
        ),
        (
            Scope.ADMIN_CUSTOMERS,
            Scope.WRITE_CUSTOMERS,
        ),
        EndpointDoc(
            title='Create customers tags',
            doc_url='https://docs.dintero.com/api-reference/customers/create-customers-tags',
            names=(
                'Create customers tags',
                'aid_customers_tags_post',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/customers/create-customers-tags',
            ),
        ),
    ),
    (
        Endpoint(
            method='DELETE',
            server='https://api.dintero.com/v1',
            path='/accounts/{aid}/customers/tags/{tag_id}',
        ),
        (
            Scope.ADMIN_CUSTOMERS,
            Scope.WRITE_CUSTOMERS,
        ),
        EndpointDoc(
            title='Delete customers tags',
            doc_url='https://docs.dintero.com/api-reference/customers/delete-customers-tags',
            names=(
                'Delete customers tags',
                'aid_customers_tags_tid_delete',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/customers/delete-customers-tags',
            ),
        ),
    ),
    (
        Endpoint(
            method='GET',
            server='https://api.dintero.com/v1',
            path='/accounts/{aid}/customers/terms',
        ),
        (
            Scope.ADMIN_CUSTOMERS,
            Scope.PUBLIC_CUSTOMERS,
            Scope.READ_CUSTOMERS,
        ),
        EndpointDoc(
            title='List customers terms',
            doc_url='https://docs.dintero.com/api-reference/customers/list-customers-terms',
            names=(
                'List customers terms',
                'Terms collection',
                'aid_customers_terms_get',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/customers/list-customers-terms',
                'https://docs.dintero.com/api-reference/terms/terms-collection',
            ),
        ),
    ),
    (
        Endpoint(
            method='POST',
            server='https://api.dintero.com/v1',
            path='/accounts/{aid}/customers/terms',
        ),
        (
            Scope.ADMIN_CUSTOMERS,
            Scope.WRITE_CUSTOMERS,
        ),
        EndpointDoc(
            title='Create customers terms',
            doc_url='https://docs.dintero.com/api-reference/customers/create-customers-terms',
            names=(
                'Create customers terms',
                'Create new Terms',
                'aid_customers_terms_post',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/customers/create-customers-terms',
                'https://docs.dintero.com/api-reference/terms/create-new-terms',
            ),
        ),
    ),
    (
        Endpoint(
            method='DELETE',
            server='https://api.dintero.com/v1',
            path='/accounts/{aid}/customers/terms/{tid}',
        ),
        (
            Scope.ADMIN_CUSTOMERS,
            Scope.WRITE_CUSTOMERS,
        ),
        EndpointDoc(
            title='Delete customers terms',
            doc_url='https://docs.dintero.com/api-reference/customers/delete-customers-terms',
            names=(
                'Delete customers terms',
                'aid_customers_terms_tid_delete',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/customers/delete-customers-terms',
            ),
        ),
    ),
    (
        Endpoint(
            method='GET',
            server='https://api.dintero.com/v1',
            path='/accounts/{aid}/customers/terms/{tid}',
        ),
        (
            Scope.ADMIN_CUSTOMERS,
            Scope.PUBLIC_CUSTOMERS,
            Scope.READ_CUSTOMERS,
        ),
        EndpointDoc(
            title='Get customers terms',
            doc_url='https://docs.dintero.com/api-reference/customers/get-customers-terms',
            names=(
                'Get customers terms',
                'aid_customers_terms_tid_post',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/customers/get-customers-terms',
            ),
        ),
    ),
    (
        Endpoint(
            method='DELETE',
            server='https://api.dintero.com/v1',
            path='/accounts/{aid}/customers/tokens/events',
        ),
        (
            Scope.ADMIN_CUSTOMERS,
            Scope.WRITE_CUSTOMERS,
        ),
        EndpointDoc(
            title='Delete tokens events',
            doc_url='https://docs.dintero.com/api-reference/customers/delete-tokens-events',
            names=(
                'Delete tokens events',
                'aid_customers_tokens_events_delete',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/customers/delete-tokens-events',
            ),
        ),
    ),
    (
        Endpoint(
            method='GET',
            server='https://api.dintero.com/v1',
            path='/accounts/{aid}/customers/tokens/events',
        ),
        (
            Scope.ADMIN_CUSTOMERS,
            Scope.READ_CUSTOMERS,
        ),
        EndpointDoc(
            title='List tokens events',
            doc_url='https://docs.dintero.com/api-reference/customers/list-tokens-events',
            names=(
                'List tokens events',
                'aid_customers_tokens_events_get',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/customers/list-tokens-events',
            ),
        ),
    ),
    (
        Endpoint(
            method='POST',
            server='https://api.dintero.com/v1',
            path='/accounts/{aid}/customers/tokens/events',
        ),
        (
            Scope.ADMIN_CUSTOMERS,
            Scope.WRITE_CUSTOMERS,
        ),
        EndpointDoc(
            title='Create tokens events',
            doc_url='https://docs.dintero.com/api-reference/customers/create-tokens-events',
            names=(
                'Create tokens events',
                'aid_customers_tokens_events_post',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/customers/create-tokens-events',
            ),
        ),
    ),
    (
        Endpoint(
            method='GET',
            server='https://api.dintero.com/v1',
            path='/accounts/{aid}/customers/users',
        ),
        (
            Scope.ADMIN_CUSTOMERS,
            Scope.READ_CUSTOMERS,
        ),
        EndpointDoc(
            title='List customers users',
            doc_url='https://docs.dintero.com/api-reference/customers/list-customers-users',
            names=(
                'Customer collection',
                'List customers users',
                'aid_customers_get',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/customers/list-customers-users',
                'https://docs.dintero.com/api-reference/users/customer-collection',
            ),
        ),
    ),
    (
        Endpoint(
            method='HEAD',
            server='https://api.dintero.com/v1',
            path='/accounts/{aid}/customers/users',
        ),
        (
            Scope.ADMIN_CUSTOMERS,
            Scope.PUBLIC_CUSTOMERS,
            Scope.READ_CUSTOMERS,
        ),
        EndpointDoc(
            title='Check customers users',
            doc_url='https://docs.dintero.com/api-reference/customers/check-customers-users',
            names=(
                'Check customers users',
                'User exist',
                'aid_customers_head',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/customers/check-customers-users',
                'https://docs.dintero.com/api-reference/users/user-exist',
            ),
        ),
    ),
    (
        Endpoint(
            method='POST',
            server='https://api.dintero.com/v1',
            path='/accounts/{aid}/customers/users',
        ),
        (
            Scope.ADMIN_CUSTOMERS,
            Scope.CREATE_CUSTOMERS_USERS,
            Scope.WRITE_CUSTOMERS,
        ),
        EndpointDoc(
            title='Create customers users',
            doc_url='https://docs.dintero.com/api-reference/customers/create-customers-users',
            names=(
                'Create customers users',
                'aid_customers_post',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/customers/create-customers-users',
            ),
        ),
    ),
    (
        Endpoint(
            method='DELETE',
            server='https://api.dintero.com/v1',
            path='/accounts/{aid}/customers/users/{customer_id}',
        ),
        (
            Scope.ADMIN_CUSTOMERS,
            Scope.USER_CUSTOMERS,
            Scope.WRITE_CUSTOMERS,
        ),
        EndpointDoc(
            title='Delete customers users',
            doc_url='https://docs.dintero.com/api-reference/customers/delete-customers-users',
            names=(
                'Delete customers users',
                'aid_customers_cid_delete',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/customers/delete-customers-users',
            ),
        ),
    ),
    (
        Endpoint(
            method='GET',
            server='https://api.dintero.com/v1',
            path='/accounts/{aid}/customers/users/{customer_id}',
        ),
        (
            Scope.ADMIN_CUSTOMERS,
            Scope.READ_CUSTOMERS,
            Scope.USER_CUSTOMERS,
            Scope.USER_CUSTOMERS_CUSTOMER_DETAILS,
        ),
        EndpointDoc(
            title='Get customers users',
            doc_url='https://docs.dintero.com/api-reference/customers/get-customers-users',
            names=(
                'Get customers users',
                'aid_customers_cid_get',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/customers/get-customers-users',
            ),
        ),
    ),
    (
        Endpoint(
            method='PUT',
            server='https://api.dintero.com/v1',
            path='/accounts/{aid}/customers/users/{customer_id}',
        ),
        (
            Scope.ADMIN_CUSTOMERS,
            Scope.USER_CUSTOMERS,
            Scope.WRITE_CUSTOMERS,
        ),
        EndpointDoc(
            title='Update customers users',
            doc_url='https://docs.dintero.com/api-reference/customers/update-customers-users',
            names=(
                'Update customers users',
                'aid_customers_cid_put',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/customers/update-customers-users',
            ),
        ),
    ),
    (
        Endpoint(
            method='POST',
            server='https://api.dintero.com/v1',
            path='/accounts/{aid}/customers/users/{customer_id}/change_customer_id',
        ),
        (
            Scope.ADMIN_ACCOUNTS,
            Scope.ADMIN_CUSTOMERS,
        ),
        EndpointDoc(
            title='Change customer id users',
            doc_url='https://docs.dintero.com/api-reference/customers/change-customer-id-users',
            names=(
                'Change customer id users',
                'Change customer_id',
                'aid_customers_cid_change_customer_id_post',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/customers/change-customer-id-users',
                'https://docs.dintero.com/api-reference/users/change-customer_id',
            ),
        ),
    ),
    (
        Endpoint(
            method='GET',
            server='https://api.dintero.com/v1',
            path='/accounts/{aid}/customers/users/{customer_id}/communication',
        ),
        (
            Scope.ADMIN_CUSTOMERS,
            Scope.READ_CUSTOMERS,
            Scope.USER_CUSTOMERS,
        ),
        EndpointDoc(
            title='List users communication',
            doc_url='https://docs.dintero.com/api-reference/customers/list-users-communication',
            names=(
                'List users communication',
                'aid_customers_cid_verify_get',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/customers/list-users-communication',
            ),
        ),
    ),
    (
        Endpoint(
            method='POST',
            server='https://api.dintero.com/v1',
            path='/accounts/{aid}/customers/users/{customer_id}/communication/{operation}/{field}',
        ),
        (
            Scope.ADMIN_CUSTOMERS,
            Scope.USER_CUSTOMERS,
            Scope.WRITE_CUSTOMERS,
        ),
        EndpointDoc(
            title='Create users communication',
            doc_url='https://docs.dintero.com/api-reference/customers/create-users-communication',
            names=(
                'Create users communication',
                'aid_customers_cid_verify_post',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/customers/create-users-communication',
            ),
        ),
    ),
    (
        Endpoint(
            method='GET',
            server='https://api.dintero.com/v1',
            path='/accounts/{aid}/customers/users/{customer_id}/tags',
        ),
        (
            Scope.ADMIN_CUSTOMERS,
            Scope.READ_CUSTOMERS,
            Scope.USER_CUSTOMERS,
        ),
        EndpointDoc(
            title='List users tags',
            doc_url='https://docs.dintero.com/api-reference/customers/list-users-tags',
            names=(
                'List users tags',
                'aid_customers_cid_tags_get',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/customers/list-users-tags',
            ),
        ),
    ),
    (
        Endpoint(
            method='PUT',
            server='https://api.dintero.com/v1',
            path='/accounts/{aid}/customers/users/{customer_id}/tags',
        ),
        (
            Scope.ADMIN_CUSTOMERS,
            Scope.USER_CUSTOMERS,
            Scope.WRITE_CUSTOMERS,
        ),
        EndpointDoc(
            title='Update users tags',
            doc_url='https://docs.dintero.com/api-reference/customers/update-users-tags',
            names=(
                'Update users tags',
                'aid_customers_cid_tags_put',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/customers/update-users-tags',
            ),
        ),
    ),
    (
        Endpoint(
            method='GET',
            server='https://api.dintero.com/v1',
            path='/accounts/{aid}/customers/users/{customer_id}/tokens',
        ),
        (
            Scope.ADMIN_CUSTOMERS,
            Scope.READ_CUSTOMERS,
            Scope.USER_CUSTOMERS,
        ),
        EndpointDoc(
            title='List users tokens',
            doc_url='https://docs.dintero.com/api-reference/customers/list-users-tokens',
            names=(
                'List users tokens',
                'Token collections',
                'aid_customers_cid_tokens_get',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/customers/list-users-tokens',
                'https://docs.dintero.com/api-reference/tokens/token-collections',
            ),
        ),
    ),
    (
        Endpoint(
            method='POST',
            server='https://api.dintero.com/v1',
            path='/accounts/{aid}/customers/users/{customer_id}/tokens',
        ),
        (
            Scope.ADMIN_CUSTOMERS,
            Scope.USER_CUSTOMERS,
            Scope.WRITE_CUSTOMERS,
        ),
        EndpointDoc(
            title='Create users tokens',
            doc_url='https://docs.dintero.com/api-reference/customers/create-users-tokens',
            names=(
                'Create users tokens',
                'aid_customers_cid_tokens_post',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/customers/create-users-tokens',
            ),
        ),
    ),
    (
        Endpoint(
            method='DELETE',
            server='https://api.dintero.com/v1',
            path='/accounts/{aid}/customers/users/{customer_id}/tokens/{tid}',
        ),
        (
            Scope.ADMIN_CUSTOMERS,
            Scope.USER_CUSTOMERS,
            Scope.WRITE_CUSTOMERS,
        ),
        EndpointDoc(
            title='Delete users tokens',
            doc_url='https://docs.dintero.com/api-reference/customers/delete-users-tokens',
            names=(
                'Delete users tokens',
                'aid_customers_cid_tokens_tid_delete',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/customers/delete-users-tokens',
            ),
        ),
    ),
    (
        Endpoint(
            method='POST',
            server='https://api.dintero.com/v1',
            path='/accounts/{aid}/discounts/available_for_receipt',
        ),
        (
            Scope.ADMIN_DISCOUNTS,
            Scope.WRITE_DISCOUNTS,
            Scope.WRITE_DISCOUNTS_AVAILABLE_FOR_RECEIPT,
        ),
        EndpointDoc(
            title='Create discounts available for receipt',
            doc_url='https://docs.dintero.com/api-reference/discounts/create-discounts-available-for-receipt',
            names=(
                'Create discounts available for receipt',
                'aid_discounts_available_for_receipt_post',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/discounts/create-discounts-available-for-receipt',
            ),
        ),
    ),
    (
        Endpoint(
            method='GET',
            server='https://api.dintero.com/v1',
            path='/accounts/{aid}/discounts/available_for_receipt/claims',
        ),
        (
            Scope.ADMIN_DISCOUNTS,
            Scope.READ_DISCOUNTS,
            Scope.READ_DISCOUNTS_AVAILABLE_FOR_RECEIPT,
        ),
        EndpointDoc(
            title='List available for receipt claims',
            doc_url='https://docs.dintero.com/api-reference/discounts/list-available-for-receipt-claims',
            names=(
                'List available for receipt claims',
                'aid_discounts_available_for_receipt_get_claims',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/discounts/list-available-for-receipt-claims',
            ),
        ),
    ),
    (
        Endpoint(
            method='POST',
            server='https://api.dintero.com/v1',
            path='/accounts/{aid}/discounts/available_for_receipt/claims',
        ),
        (
            Scope.ADMIN_DISCOUNTS,
            Scope.WRITE_DISCOUNTS,
            Scope.WRITE_DISCOUNTS_AVAILABLE_FOR_RECEIPT,
        ),
        EndpointDoc(
            title='Create available for receipt claims',
            doc_url='https://docs.dintero.com/api-reference/discounts/create-available-for-receipt-claims',
            names=(
                'Create available for receipt claims',
                'aid_discounts_available_for_receipt_post_claim',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/discounts/create-available-for-receipt-claims',
            ),
        ),
    ),
    (
        Endpoint(
            method='DELETE',
            server='https://api.dintero.com/v1',
            path='/accounts/{aid}/discounts/available_for_receipt/claims/{claim_id}',
        ),
        (
            Scope.ADMIN_DISCOUNTS,
            Scope.WRITE_DISCOUNTS,
            Scope.WRITE_DISCOUNTS_AVAILABLE_FOR_RECEIPT,
        ),
        EndpointDoc(
            title='Delete available for receipt claims',
            doc_url='https://docs.dintero.com/api-reference/discounts/delete-available-for-receipt-claims',
            names=(
                'Delete available for receipt claims',
                'aid_discounts_available_for_receipt_delete_claim',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/discounts/delete-available-for-receipt-claims',
            ),
        ),
    ),
    (
        Endpoint(
            method='GET',
            server='https://api.dintero.com/v1',
            path='/accounts/{aid}/discounts/available_for_receipt/claims/{claim_id}',
        ),
        (
            Scope.ADMIN_DISCOUNTS,
            Scope.READ_DISCOUNTS,
            Scope.READ_DISCOUNTS_AVAILABLE_FOR_RECEIPT,
        ),
        EndpointDoc(
            title='Get available for receipt claims',
            doc_url='https://docs.dintero.com/api-reference/discounts/get-available-for-receipt-claims',
            names=(
                'Get available for receipt claims',
                'aid_discounts_available_for_receipt_get_claim',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/discounts/get-available-for-receipt-claims',
            ),
        ),
    ),
    (
        Endpoint(
            method='GET',
            server='https://api.dintero.com/v1',
            path='/accounts/{aid}/discounts/campaigns',
        ),
        (
            Scope.ADMIN_DISCOUNTS,
            Scope.READ_DISCOUNTS,
        ),
        EndpointDoc(
            title='Campaigns collection',
            doc_url='https://docs.dintero.com/api-reference/campaigns/campaigns-collection',
            names=(
                'Campaigns collection',
                'List discounts campaigns',
                'aid_discounts_campaigns_get',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/campaigns/campaigns-collection',
                'https://docs.dintero.com/api-reference/discounts/list-discounts-campaigns',
            ),
        ),
    ),
    (
        Endpoint(
            method='POST',
            server='https://api.dintero.com/v1',
            path='/accounts/{aid}/discounts/campaigns',
        ),
        (
            Scope.ADMIN_DISCOUNTS,
            Scope.WRITE_DISCOUNTS,
        ),
        EndpointDoc(
            title='Create discounts campaigns',
            doc_url='https://docs.dintero.com/api-reference/discounts/create-discounts-campaigns',
            names=(
                'Create discounts campaigns',
                'aid_discounts_campaigns_post',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/discounts/create-discounts-campaigns',
            ),
        ),
    ),
    (
        Endpoint(
            method='DELETE',
            server='https://api.dintero.com/v1',
            path='/accounts/{aid}/discounts/campaigns/{campaign_id}',
        ),
        (
            Scope.ADMIN_DISCOUNTS,
            Scope.WRITE_DISCOUNTS,
        ),
        EndpointDoc(
            title='Delete discounts campaigns',
            doc_url='https://docs.dintero.com/api-reference/discounts/delete-discounts-campaigns',
            names=(
                'Delete discounts campaigns',
                'aid_discounts_campaigns_campaign_id_delete',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/discounts/delete-discounts-campaigns',
            ),
        ),
    ),
    (
        Endpoint(
            method='GET',
            server='https://api.dintero.com/v1',
            path='/accounts/{aid}/discounts/campaigns/{campaign_id}',
        ),
        (
            Scope.ADMIN_DISCOUNTS,
            Scope.READ_DISCOUNTS,
        ),
        EndpointDoc(
            title='Get discounts campaigns',
            doc_url='https://docs.dintero.com/api-reference/discounts/get-discounts-campaigns',
            names=(
                'Get discounts campaigns',
                'aid_discounts_campaigns_campaign_id_get',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/discounts/get-discounts-campaigns',
            ),
        ),
    ),
    (
        Endpoint(
            method='PUT',
            server='https://api.dintero.com/v1',
            path='/accounts/{aid}/discounts/campaigns/{campaign_id}',
        ),
        (
            Scope.ADMIN_DISCOUNTS,
            Scope.WRITE_DISCOUNTS,
        ),
        EndpointDoc(
            title='Update Campaign',
            doc_url='https://docs.dintero.com/api-reference/campaigns/update-campaign',
            names=(
                'Update Campaign',
                'Update discounts campaigns',
                'aid_discounts_campaigns_campaign_id_put',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/campaigns/update-campaign',
                'https://docs.dintero.com/api-reference/discounts/update-discounts-campaigns',
            ),
        ),
    ),
    (
        Endpoint(
            method='DELETE',
            server='https://api.dintero.com/v1',
            path='/accounts/{aid}/discounts/customers/{customer_id}/refs/{ref_id}',
        ),
        (
            Scope.ADMIN_DISCOUNTS,
            Scope.WRITE_DISCOUNTS,
        ),
        EndpointDoc(
            title='Delete customers refs',
            doc_url='https://docs.dintero.com/api-reference/discounts/delete-customers-refs',
            names=(
                'Delete customers refs',
                'aid_discounts_customer_cid_delete_ref_id',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/discounts/delete-customers-refs',
            ),
        ),
    ),
    (
        Endpoint(
            method='GET',
            server='https://api.dintero.com/v1',
            path='/accounts/{aid}/discounts/customers/{customer_id}/refs/{ref_id}',
        ),
        (
            Scope.ADMIN_DISCOUNTS,
            Scope.READ_DISCOUNTS,
        ),
        EndpointDoc(
            title='Get customers refs',
            doc_url='https://docs.dintero.com/api-reference/discounts/get-customers-refs',
            names=(
                'Get customers refs',
                'aid_discounts_customer_cid_get_ref_id',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/discounts/get-customers-refs',
            ),
        ),
    ),
    (
        Endpoint(
            method='POST',
            server='https://api.dintero.com/v1',
            path='/accounts/{aid}/discounts/customers/{customer_id}/refs/{ref_id}',
        ),
        (
            Scope.ADMIN_DISCOUNTS,
            Scope.WRITE_DISCOUNTS,
        ),
        EndpointDoc(
            title='Create customers refs',
            doc_url='https://docs.dintero.com/api-reference/discounts/create-customers-refs',
            names=(
                'Create customers refs',
                'aid_discounts_customer_cid_post_ref_id',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/discounts/create-customers-refs',
            ),
        ),
    ),
    (
        Endpoint(
            method='GET',
            server='https://api.dintero.com/v1',
            path='/accounts/{aid}/discounts/customers/{customer_id}/rules',
        ),
        (
            Scope.ADMIN_DISCOUNTS,
            Scope.READ_DISCOUNTS,
            Scope.USER_DISCOUNTS,
        ),
        EndpointDoc(
            title='List customers rules',
            doc_url='https://docs.dintero.com/api-reference/discounts/list-customers-rules',
            names=(
                'List customers rules',
                'aid_discounts_customer_cid_get',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/discounts/list-customers-rules',
            ),
        ),
    ),
    (
        Endpoint(
            method='POST',
            server='https://api.dintero.com/v1',
            path='/accounts/{aid}/discounts/events',
        ),
        (
            Scope.ADMIN_DISCOUNTS,
            Scope.WRITE_DISCOUNTS,
            Scope.WRITE_DISCOUNTS_EVENTS,
        ),
        EndpointDoc(
            title='Create discounts events',
            doc_url='https://docs.dintero.com/api-reference/discounts/create-discounts-events',
            names=(
                'Create discounts events',
                'Post event',
                'aid_discounts_events_post',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/discounts/create-discounts-events',
                'https://docs.dintero.com/api-reference/use-discounts/post-event',
            ),
        ),
    ),
    (
        Endpoint(
            method='GET',
            server='https://api.dintero.com/v1',
            path='/accounts/{aid}/discounts/public/rules',
        ),
        (
            Scope.ADMIN_DISCOUNTS,
            Scope.PUBLIC_DISCOUNTS,
            Scope.READ_DISCOUNTS,
        ),
        EndpointDoc(
            title='List public rules',
            doc_url='https://docs.dintero.com/api-reference/discounts/list-public-rules',
            names=(
                'List public rules',
                'aid_discounts_public_get',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/discounts/list-public-rules',
            ),
        ),
    ),
    (
        Endpoint(
            method='GET',
            server='https://api.dintero.com/v1',
            path='/accounts/{aid}/discounts/rules',
        ),
        (
            Scope.ADMIN_DISCOUNTS,
            Scope.READ_DISCOUNTS,
        ),
        EndpointDoc(
            title='List discounts rules',
            doc_url='https://docs.dintero.com/api-reference/discounts/list-discounts-rules',
            names=(
                'Discount collection',
                'List discounts rules',
                'aid_discounts_get',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/discounts/list-discounts-rules',
                'https://docs.dintero.com/api-reference/rules/discount-collection',
            ),
        ),
    ),
    (
        Endpoint(
            method='POST',
            server='https://api.dintero.com/v1',
            path='/accounts/{aid}/discounts/rules',
        ),
        (
            Scope.ADMIN_DISCOUNTS,
            Scope.WRITE_DISCOUNTS,
        ),
        EndpointDoc(
            title='Create discounts rules',
            doc_url='https://docs.dintero.com/api-reference/discounts/create-discounts-rules',
            names=(
                'Create discounts rules',
                'aid_discounts_post',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/discounts/create-discounts-rules',
            ),
        ),
    ),
    (
        Endpoint(
            method='DELETE',
            server='https://api.dintero.com/v1',
            path='/accounts/{aid}/discounts/rules/{did}',
        ),
        (
            Scope.ADMIN_DISCOUNTS,
            Scope.WRITE_DISCOUNTS,
        ),
        EndpointDoc(
            title='Delete discounts rules',
            doc_url='https://docs.dintero.com/api-reference/discounts/delete-discounts-rules',
            names=(
                'Delete discounts rules',
                'aid_discounts_did_delete',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/discounts/delete-discounts-rules',
            ),
        ),
    ),
    (
        Endpoint(
            method='GET',
            server='https://api.dintero.com/v1',
            path='/accounts/{aid}/discounts/rules/{did}',
        ),
        (
            Scope.ADMIN_DISCOUNTS,
            Scope.READ_DISCOUNTS,
        ),
        EndpointDoc(
            title='Get discounts rules',
            doc_url='https://docs.dintero.com/api-reference/discounts/get-discounts-rules',
            names=(
                'Get discounts rules',
                'aid_discounts_did_get',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/discounts/get-discounts-rules',
            ),
        ),
    ),
    (
        Endpoint(
            method='PUT',
            server='https://api.dintero.com/v1',
            path='/accounts/{aid}/discounts/rules/{did}',
        ),
        (
            Scope.ADMIN_DISCOUNTS,
            Scope.WRITE_DISCOUNTS,
        ),
        EndpointDoc(
            title='Update discounts rules',
            doc_url='https://docs.dintero.com/api-reference/discounts/update-discounts-rules',
            names=(
                'Update discounts rules',
                'aid_discounts_did_put',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/discounts/update-discounts-rules',
            ),
        ),
    ),
    (
        Endpoint(
            method='DELETE',
            server='https://api.dintero.com/v1',
            path='/accounts/{aid}/discounts/rules/{did}/customers',
        ),
        (
            Scope.ADMIN_DISCOUNTS,
            Scope.WRITE_DISCOUNTS,
        ),
        EndpointDoc(
            title='Delete rules customers',
            doc_url='https://docs.dintero.com/api-reference/discounts/delete-rules-customers',
            names=(
                'Delete rules customers',
                'aid_discounts_did_customers_delete',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/discounts/delete-rules-customers',
            ),
        ),
    ),
    (
        Endpoint(
            method='GET',
            server='https://api.dintero.com/v1',
            path='/accounts/{aid}/discounts/rules/{did}/customers',
        ),
        (
            Scope.ADMIN_DISCOUNTS,
            Scope.READ_DISCOUNTS,
        ),
        EndpointDoc(
            title='List rules customers',
            doc_url='https://docs.dintero.com/api-reference/discounts/list-rules-customers',
            names=(
                'Get discount customers (refs)',
                'List rules customers',
                'aid_discounts_did_customers_get',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/discounts/list-rules-customers',
                'https://docs.dintero.com/api-reference/rules-customers/get-discount-customers-refs',
            ),
        ),
    ),
    (
        Endpoint(
            method='POST',
            server='https://api.dintero.com/v1',
            path='/accounts/{aid}/discounts/rules/{did}/customers',
        ),
        (
            Scope.ADMIN_DISCOUNTS,
            Scope.WRITE_DISCOUNTS,
        ),
        EndpointDoc(
            title='Create rules customers',
            doc_url='https://docs.dintero.com/api-reference/discounts/create-rules-customers',
            names=(
                'Create rules customers',
                'aid_discounts_did_customers_post',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/discounts/create-rules-customers',
            ),
        ),
    ),
    (
        Endpoint(
            method='GET',
            server='https://api.dintero.com/v1',
            path='/accounts/{aid}/discounts/rules/{did}/usages',
        ),
        (
            Scope.ADMIN_DISCOUNTS,
            Scope.READ_DISCOUNTS,
        ),
        EndpointDoc(
            title='List rules usages',
            doc_url='https://docs.dintero.com/api-reference/discounts/list-rules-usages',
            names=(
                'List rules usages',
                'aid_discounts_did_usages_get',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/discounts/list-rules-usages',
            ),
        ),
    ),
    (
        Endpoint(
            method='POST',
            server='https://api.dintero.com/v1',
            path='/accounts/{aid}/discounts/search/rules',
        ),
        (
            Scope.ADMIN_DISCOUNTS,
            Scope.READ_DISCOUNTS,
        ),
        EndpointDoc(
            title='Create search rules',
            doc_url='https://docs.dintero.com/api-reference/discounts/create-search-rules',
            names=(
                'Create search rules',
                'aid_discounts_rules_search_post',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/discounts/create-search-rules',
            ),
        ),
    ),
    (
        Endpoint(
            method='GET',
            server='https://api.dintero.com/v1',
            path='/accounts/{aid}/hooks/subscriptions',
        ),
        (
            Scope.ADMIN_HOOKS,
            Scope.READ_HOOKS,
        ),
        EndpointDoc(
            title='List hooks subscriptions',
            doc_url='https://docs.dintero.com/api-reference/webhooks/list-hooks-subscriptions',
            names=(
                'List hooks subscriptions',
                'aid_source_hooks_get',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/webhooks/list-hooks-subscriptions',
            ),
        ),
    ),
    (
        Endpoint(
            method='POST',
            server='https://api.dintero.com/v1',
            path='/accounts/{aid}/hooks/subscriptions',
        ),
        (
            Scope.ADMIN_HOOKS,
            Scope.WRITE_HOOKS,
        ),
        EndpointDoc(
            title='Create hooks subscriptions',
            doc_url='https://docs.dintero.com/api-reference/webhooks/create-hooks-subscriptions',
            names=(
                'Create hooks subscriptions',
                'aid_source_hooks_post',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/webhooks/create-hooks-subscriptions',
            ),
        ),
    ),
    (
        Endpoint(
            method='DELETE',
            server='https://api.dintero.com/v1',
            path='/accounts/{aid}/hooks/subscriptions/{hid}',
        ),
        (
            Scope.ADMIN_HOOKS,
            Scope.WRITE_HOOKS,
        ),
        EndpointDoc(
            title='Delete hooks subscriptions',
            doc_url='https://docs.dintero.com/api-reference/webhooks/delete-hooks-subscriptions',
            names=(
                'Delete hooks subscriptions',
                'aid_source_hooks_hid_delete',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/webhooks/delete-hooks-subscriptions',
            ),
        ),
    ),
    (
        Endpoint(
            method='GET',
            server='https://api.dintero.com/v1',
            path='/accounts/{aid}/hooks/subscriptions/{hid}',
        ),
        (
            Scope.ADMIN_HOOKS,
            Scope.READ_HOOKS,
        ),
        EndpointDoc(
            title='Subscription details',
            doc_url='https://docs.dintero.com/api-reference/subscriptions/aid_source_hooks_hid_get',
            names=(
                'Subscription details',
                'aid_source_hooks_hid_get',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/subscriptions/aid_source_hooks_hid_get',
                'https://docs.dintero.com/api-reference/subscriptions/subscription-details',
            ),
        ),
    ),
    (
        Endpoint(
            method='GET',
            server='https://api.dintero.com/v1',
            path='/accounts/{aid}/hooks/subscriptions/{hid}/deliveries',
        ),
        (
            Scope.ADMIN_HOOKS,
            Scope.READ_HOOKS,
        ),
        EndpointDoc(
            title='List subscriptions deliveries',
            doc_url='https://docs.dintero.com/api-reference/webhooks/list-subscriptions-deliveries',
            names=(
                'List subscriptions deliveries',
                'aid_source_hooks_hid_deliveries_get',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/webhooks/list-subscriptions-deliveries',
            ),
        ),
    ),
    (
        Endpoint(
            method='GET',
            server='https://api.dintero.com/v1',
            path='/accounts/{aid}/hooks/subscriptions/{hid}/deliveries/{delivery_id}',
        ),
        (
            Scope.ADMIN_HOOKS,
            Scope.READ_HOOKS,
        ),
        EndpointDoc(
            title='Get subscriptions deliveries',
            doc_url='https://docs.dintero.com/api-reference/webhooks/get-subscriptions-deliveries',
            names=(
                'Get subscriptions deliveries',
                'aid_source_hooks_hid_deliveries_did_get',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/webhooks/get-subscriptions-deliveries',
            ),
        ),
    ),
    (
        Endpoint(
            method='POST',
            server='https://api.dintero.com/v1',
            path='/accounts/{aid}/hooks/subscriptions/{hid}/ping',
        ),
        (
            Scope.ADMIN_HOOKS,
            Scope.WRITE_HOOKS,
        ),
        EndpointDoc(
            title='Ping subscriptions',
            doc_url='https://docs.dintero.com/api-reference/webhooks/ping-subscriptions',
            names=(
                'Ping subscriptions',
                'aid_source_hooks_hid_ping_post',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/webhooks/ping-subscriptions',
            ),
        ),
    ),
    (
        Endpoint(
            method='POST',
            server='https://api.dintero.com/v1',
            path='/accounts/{aid}/insight/generate-report',
        ),
        (),
        EndpointDoc(
            title='Generate report from reportparams',
            doc_url='https://docs.dintero.com/api-reference/generate-insight-report/aid_insight_service_generate_report',
            names=(
                'Generate report from reportparams',
                'aid_insight_service_generate_report',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/generate-insight-report/aid_insight_service_generate_report',
                'https://docs.dintero.com/api-reference/generate-insight-report/generate-report-from-reportparams',
            ),
        ),
    ),
    (
        Endpoint(
            method='POST',
            server='https://api.dintero.com/v1',
            path='/accounts/{aid}/insight/reports/configuration',
        ),
        (
            Scope.ADMIN_INSIGHT,
            Scope.WRITE_INSIGHT,
        ),
        EndpointDoc(
            title='Create new insight report configuration',
            doc_url='https://docs.dintero.com/api-reference/report-configuration/create-new-insight-report-configuration',
            names=(
                'Create new insight report configuration',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/report-configuration/create-new-insight-report-configuration',
            ),
        ),
    ),
    (
        Endpoint(
            method='PUT',
            server='https://api.dintero.com/v1',
            path='/accounts/{aid}/insight/reports/configuration/{id}',
        ),
        (),
        EndpointDoc(
            title='aid_reports_configuration_put',
            doc_url='https://docs.dintero.com/api-reference/report-configuration/aid_reports_configuration_put',
            names=(
                'aid_reports_configuration_put',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/report-configuration/aid_reports_configuration_put',
            ),
        ),
    ),
    (
        Endpoint(
            method='GET',
            server='https://api.dintero.com/v1',
            path='/accounts/{aid}/locations',
        ),
        (
            Scope.ADMIN_LOCATIONS,
            Scope.READ_LOCATIONS,
        ),
        EndpointDoc(
            title='List locations',
            doc_url='https://docs.dintero.com/api-reference/customers/list-locations',
            names=(
                'List locations',
                'Locations collection',
                'aid_locations_get',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/customers/list-locations',
                'https://docs.dintero.com/api-reference/locations/locations-collection',
            ),
        ),
    ),
    (
        Endpoint(
            method='POST',
            server='https://api.dintero.com/v1',
            path='/accounts/{aid}/locations',
        ),
        (
            Scope.ADMIN_LOCATIONS,
            Scope.WRITE_LOCATIONS,
        ),
        EndpointDoc(
            title='Create locations',
            doc_url='https://docs.dintero.com/api-reference/customers/create-locations',
            names=(
                'Create locations',
                'Create new sales location',
                'aid_location_post',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/customers/create-locations',
                'https://docs.dintero.com/api-reference/locations/create-new-sales-location',
            ),
        ),
    ),
    (
        Endpoint(
            method='DELETE',
            server='https://api.dintero.com/v1',
            path='/accounts/{aid}/locations/{lid}',
        ),
        (
            Scope.ADMIN_LOCATIONS,
            Scope.WRITE_LOCATIONS,
        ),
        EndpointDoc(
            title='Delete locations',
            doc_url='https://docs.dintero.com/api-reference/customers/delete-locations',
            names=(
                'Delete locations',
                'aid_location_lid_delete',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/customers/delete-locations',
            ),
        ),
    ),
    (
        Endpoint(
            method='GET',
            server='https://api.dintero.com/v1',
            path='/accounts/{aid}/locations/{lid}',
        ),
        (
            Scope.ADMIN_LOCATIONS,
            Scope.READ_LOCATIONS,
        ),
        EndpointDoc(
            title='Get locations',
            doc_url='https://docs.dintero.com/api-reference/customers/get-locations',
            names=(
                'Get locations',
                'Location details',
                'aid_locations_lid_get',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/customers/get-locations',
                'https://docs.dintero.com/api-reference/locations/location-details',
            ),
        ),
    ),
    (
        Endpoint(
            method='PUT',
            server='https://api.dintero.com/v1',
            path='/accounts/{aid}/locations/{lid}',
        ),
        (
            Scope.ADMIN_LOCATIONS,
            Scope.WRITE_LOCATIONS,
        ),
        EndpointDoc(
            title='Update locations',
            doc_url='https://docs.dintero.com/api-reference/customers/update-locations',
            names=(
                'Update locations',
                'aid_location_lid_put',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/customers/update-locations',
            ),
        ),
    ),
    (
        Endpoint(
            method='POST',
            server='https://api.dintero.com/v1',
            path='/accounts/{aid}/management/assets',
        ),
        (
            Scope.ADMIN_ACCOUNTS,
            Scope.WRITE_ACCOUNTS,
        ),
        EndpointDoc(
            title='Create management assets',
            doc_url='https://docs.dintero.com/api-reference/auth/aid_account_assets_post',
            names=(
                'Create management assets',
                'aid_account_assets_post',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/auth/aid_account_assets_post',
            ),
        ),
    ),
    (
        Endpoint(
            method='GET',
            server='https://api.dintero.com/v1',
            path='/accounts/{aid}/management/settings',
        ),
        (
            Scope.ADMIN_ACCOUNTS,
            Scope.READ_ACCOUNTS,
        ),
        EndpointDoc(
            title='List management settings',
            doc_url='https://docs.dintero.com/api-reference/auth/aid_account_aid_get',
            names=(
                'List management settings',
                'aid_account_aid_get',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/auth/aid_account_aid_get',
            ),
        ),
    ),
    (
        Endpoint(
            method='PUT',
            server='https://api.dintero.com/v1',
            path='/accounts/{aid}/management/settings',
        ),
        (
            Scope.ADMIN_ACCOUNTS,
            Scope.WRITE_ACCOUNTS,
        ),
        EndpointDoc(
            title='Update management settings',
            doc_url='https://docs.dintero.com/api-reference/auth/aid_account_settings_put',
            names=(
                'Update management settings',
                'aid_account_settings_put',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/auth/aid_account_settings_put',
                'https://docs.dintero.com/management-auth-api/account-settings/aid_account_settings_put',
            ),
        ),
    ),
    (
        Endpoint(
            method='GET',
            server='https://api.dintero.com/v1',
            path='/accounts/{aid}/management/settings/approvals/payments',
        ),
        (),
        EndpointDoc(
            title='aid_management_settings_approvals_payment_get',
            doc_url='https://docs.dintero.com/management-auth-api/approvals/aid_management_settings_approvals_payment_get',
            names=(
                'aid_management_settings_approvals_payment_get',
            ),
            pages=(
                'https://docs.dintero.com/management-auth-api/approvals/aid_management_settings_approvals_payment_get',
            ),
        ),
    ),
    (
        Endpoint(
            method='POST',
            server='https://api.dintero.com/v1',
            path='/accounts/{aid}/management/settings/approvals/payments',
        ),
        (),
        EndpointDoc(
            title='aid_management_settings_approvals_payment_post',
            doc_url='https://docs.dintero.com/management-auth-api/approvals/aid_management_settings_approvals_payment_post',
            names=(
                'aid_management_settings_approvals_payment_post',
            ),
            pages=(
                'https://docs.dintero.com/management-auth-api/approvals/aid_management_settings_approvals_payment_post',
            ),
        ),
    ),
    (
        Endpoint(
            method='GET',
            server='https://api.dintero.com/v1',
            path='/accounts/{aid}/management/settings/approvals/payout-destinations',
        ),
        (
            Scope.ADMIN_ACCOUNTS,
            Scope.READ_ACCOUNTS,
        ),
        EndpointDoc(
            title='List seller approvals',
            doc_url='https://docs.dintero.com/api-reference/approvals/list-seller-approvals',
            names=(
                'List seller approvals',
                'aid_management_settings_approvals_payout_destinations_get',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/approvals/list-seller-approvals',
                'https://docs.dintero.com/api-reference/payments/list-seller-approvals',
            ),
        ),
    ),
    (
        Endpoint(
            method='POST',
            server='https://api.dintero.com/v1',
            path='/accounts/{aid}/management/settings/approvals/payout-destinations',
        ),
        (
            Scope.ADMIN_ACCOUNTS,
            Scope.WRITE_ACCOUNTS,
        ),
        EndpointDoc(
            title='New seller approval',
            doc_url='https://docs.dintero.com/api-reference/approvals/new-seller-approval',
            names=(
                'New seller approval',
                'aid_management_settings_approvals_payout_destinations_post',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/approvals/new-seller-approval',
                'https://docs.dintero.com/api-reference/payments/new-seller-approval',
            ),
        ),
    ),
    (
        Endpoint(
            method='GET',
            server='https://api.dintero.com/v1',
            path='/accounts/{aid}/management/settings/connections/bambora',
        ),
        (
            Scope.ADMIN_ACCOUNTS,
            Scope.READ_ACCOUNTS,
        ),
        EndpointDoc(
            title='List connections bambora',
            doc_url='https://docs.dintero.com/api-reference/auth/aid_account_settings_connections_bambora_get',
            names=(
                'List connections bambora',
                'aid_account_settings_connections_bambora_get',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/auth/aid_account_settings_connections_bambora_get',
            ),
        ),
    ),
    (
        Endpoint(
            method='POST',
            server='https://api.dintero.com/v1',
            path='/accounts/{aid}/management/settings/connections/bambora',
        ),
        (
            Scope.ADMIN_ACCOUNTS,
            Scope.WRITE_ACCOUNTS,
        ),
        EndpointDoc(
            title='Create connections bambora',
            doc_url='https://docs.dintero.com/api-reference/auth/aid_account_settings_connections_bambora_post-connection-onboarding',
            names=(
                'Create connections bambora',
                'aid_account_settings_connections_bambora_post',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/auth/aid_account_settings_connections_bambora_post',
                'https://docs.dintero.com/api-reference/auth/aid_account_settings_connections_bambora_post-connection-onboarding',
            ),
        ),
    ),
    (
        Endpoint(
            method='POST',
            server='https://api.dintero.com/v1',
            path='/accounts/{aid}/management/settings/connections/bambora/{callback_reference}',
        ),
        (
            Scope.WRITE_ACCOUNTS,
            Scope.WRITE_ACCOUNTS_MANAGEMENT_SETTINGS_CONNECTIONS_BAMBORA,
        ),
        EndpointDoc(
            title='Create connections bambora',
            doc_url='https://docs.dintero.com/api-reference/auth/aid_account_settings_connections_bambora_callback_post',
            names=(
                'Create connections bambora',
                'aid_account_settings_connections_bambora_callback_post',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/auth/aid_account_settings_connections_bambora_callback_post',
                'https://docs.dintero.com/management-auth-api/account-connections/aid_account_settings_connections_bambora_callback_post',
            ),
        ),
    ),
    (
        Endpoint(
            method='GET',
            server='https://api.dintero.com/v1',
            path='/accounts/{aid}/management/settings/connections/collector',
        ),
        (
            Scope.ADMIN_ACCOUNTS,
            Scope.READ_ACCOUNTS,
        ),
        EndpointDoc(
            title='List connections collector',
            doc_url='https://docs.dintero.com/api-reference/auth/aid_account_settings_connections_collector_get',
            names=(
                'List connections collector',
                'aid_account_settings_connections_collector_get',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/auth/aid_account_settings_connections_collector_get',
            ),
        ),
    ),
    (
        Endpoint(
            method='POST',
            server='https://api.dintero.com/v1',
            path='/accounts/{aid}/management/settings/connections/collector',
        ),
        (
            Scope.ADMIN_ACCOUNTS,
            Scope.WRITE_ACCOUNTS,
        ),
        EndpointDoc(
            title='Create connections collector',
            doc_url='https://docs.dintero.com/api-reference/auth/aid_account_settings_connections_collector_post-connection-onboarding',
            names=(
                'Create connections collector',
                'aid_account_settings_connections_collector_post',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/auth/aid_account_settings_connections_collector_post',
                'https://docs.dintero.com/api-reference/auth/aid_account_settings_connections_collector_post-connection-onboarding',
            ),
        ),
    ),
    (
        Endpoint(
            method='POST',
            server='https://api.dintero.com/v1',
            path='/accounts/{aid}/management/settings/connections/collector/{callback_reference}',
        ),
        (
            Scope.WRITE_ACCOUNTS,
            Scope.WRITE_ACCOUNTS_MANAGEMENT_SETTINGS_CONNECTIONS_COLLECTOR,
        ),
        EndpointDoc(
            title='Create connections collector',
            doc_url='https://docs.dintero.com/api-reference/auth/aid_account_settings_connections_collector_callback_post',
            names=(
                'Create connections collector',
                'aid_account_settings_connections_collector_callback_post',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/auth/aid_account_settings_connections_collector_callback_post',
            ),
        ),
    ),
    (
        Endpoint(
            method='GET',
            server='https://api.dintero.com/v1',
            path='/accounts/{aid}/management/settings/connections/common',
        ),
        (
            Scope.ADMIN_ACCOUNTS,
            Scope.READ_ACCOUNTS,
        ),
        EndpointDoc(
            title='List connections common',
            doc_url='https://docs.dintero.com/api-reference/auth/aid_account_settings_connections_common_get',
            names=(
                'List connections common',
                'aid_account_settings_connections_common_get',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/auth/aid_account_settings_connections_common_get',
            ),
        ),
    ),
    (
        Endpoint(
            method='POST',
            server='https://api.dintero.com/v1',
            path='/accounts/{aid}/management/settings/connections/common',
        ),
        (
            Scope.ADMIN_ACCOUNTS,
            Scope.WRITE_ACCOUNTS,
        ),
        EndpointDoc(
            title='Create connections common',
            doc_url='https://docs.dintero.com/api-reference/auth/aid_account_settings_connections_common_post-connection-onboarding',
            names=(
                'Create connections common',
                'aid_account_settings_connections_common_post',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/auth/aid_account_settings_connections_common_post',
                'https://docs.dintero.com/api-reference/auth/aid_account_settings_connections_common_post-connection-onboarding',
                'https://docs.dintero.com/management-auth-api/account-connections/aid_account_settings_connections_common_post',
            ),
        ),
    ),
    (
        Endpoint(
            method='GET',
            server='https://api.dintero.com/v1',
            path='/accounts/{aid}/management/settings/connections/instabank',
        ),
        (
            Scope.ADMIN_ACCOUNTS,
            Scope.READ_ACCOUNTS,
        ),
        EndpointDoc(
            title='List connections instabank',
            doc_url='https://docs.dintero.com/api-reference/auth/aid_account_settings_connections_instabank_get',
            names=(
                'List connections instabank',
                'aid_account_settings_connections_instabank_get',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/auth/aid_account_settings_connections_instabank_get',
            ),
        ),
    ),
    (
        Endpoint(
            method='POST',
            server='https://api.dintero.com/v1',
            path='/accounts/{aid}/management/settings/connections/instabank',
        ),
        (
            Scope.ADMIN_ACCOUNTS,
            Scope.WRITE_ACCOUNTS,
        ),
        EndpointDoc(
            title='Create connections instabank',
            doc_url='https://docs.dintero.com/api-reference/auth/aid_account_settings_connections_instabank_post-connection-onboarding',
            names=(
                'Create connections instabank',
                'aid_account_settings_connections_instabank_post',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/auth/aid_account_settings_connections_instabank_post',
                'https://docs.dintero.com/api-reference/auth/aid_account_settings_connections_instabank_post-connection-onboarding',
            ),
        ),
    ),
    (
        Endpoint(
            method='POST',
            server='https://api.dintero.com/v1',
            path='/accounts/{aid}/management/settings/connections/instabank/{callback_reference}',
        ),
        (
            Scope.WRITE_ACCOUNTS_MANAGEMENT_SETTINGS_CONNECTIONS_INSTABANK,
        ),
        EndpointDoc(
            title='Create connections instabank',
            doc_url='https://docs.dintero.com/api-reference/auth/aid_account_settings_connections_instabank_callback_post',
            names=(
                'Create connections instabank',
                'aid_account_settings_connections_instabank_callback_post',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/auth/aid_account_settings_connections_instabank_callback_post',
            ),
        ),
    ),
    (
        Endpoint(
            method='GET',
            server='https://api.dintero.com/v1',
            path='/accounts/{aid}/management/settings/connections/payex/{payment_product_type}',
        ),
        (
            Scope.ADMIN_ACCOUNTS,
            Scope.READ_ACCOUNTS,
        ),
        EndpointDoc(
            title='Get connections payex',
            doc_url='https://docs.dintero.com/api-reference/auth/aid_account_settings_connections_payex_get',
            names=(
                'Get connections payex',
                'aid_account_settings_connections_payex_get',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/auth/aid_account_settings_connections_payex_get',
            ),
        ),
    ),
    (
        Endpoint(
            method='POST',
            server='https://api.dintero.com/v1',
            path='/accounts/{aid}/management/settings/connections/payex/{payment_product_type}',
        ),
        (
            Scope.ADMIN_ACCOUNTS,
            Scope.WRITE_ACCOUNTS,
        ),
        EndpointDoc(
            title='Create connections payex',
            doc_url='https://docs.dintero.com/api-reference/auth/aid_account_settings_connections_payex_post-connection-onboarding',
            names=(
                'Create connections payex',
                'aid_account_settings_connections_payex_post',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/auth/aid_account_settings_connections_payex_post',
                'https://docs.dintero.com/api-reference/auth/aid_account_settings_connections_payex_post-connection-onboarding',
            ),
        ),
    ),
    (
        Endpoint(
            method='POST',
            server='https://api.dintero.com/v1',
            path='/accounts/{aid}/management/settings/connections/payex/{payment_product_type}/{callback_reference}',
        ),
        (
            Scope.WRITE_ACCOUNTS,
            Scope.WRITE_ACCOUNTS_MANAGEMENT_SETTINGS_CONNECTIONS_PAYEX,
        ),
        EndpointDoc(
            title='Create connections payex',
            doc_url='https://docs.dintero.com/api-reference/auth/aid_account_settings_connections_payex_callback_post',
            names=(
                'Create connections payex',
                'aid_account_settings_connections_payex_callback_post',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/auth/aid_account_settings_connections_payex_callback_post',
            ),
        ),
    ),
    (
        Endpoint(
            method='GET',
            server='https://api.dintero.com/v1',
            path='/accounts/{aid}/management/settings/connections/swish',
        ),
        (
            Scope.ADMIN_ACCOUNTS,
            Scope.READ_ACCOUNTS,
        ),
        EndpointDoc(
            title='List connections swish',
            doc_url='https://docs.dintero.com/api-reference/auth/aid_account_settings_connections_swish_get',
            names=(
                'List connections swish',
                'aid_account_settings_connections_swish_get',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/auth/aid_account_settings_connections_swish_get',
            ),
        ),
    ),
    (
        Endpoint(
            method='POST',
            server='https://api.dintero.com/v1',
            path='/accounts/{aid}/management/settings/connections/swish',
        ),
        (
            Scope.ADMIN_ACCOUNTS,
            Scope.WRITE_ACCOUNTS,
        ),
        EndpointDoc(
            title='Create connections swish',
            doc_url='https://docs.dintero.com/api-reference/auth/aid_account_settings_connections_swish_post-connection-onboarding',
            names=(
                'Create connections swish',
                'aid_account_settings_connections_swish_post',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/auth/aid_account_settings_connections_swish_post',
                'https://docs.dintero.com/api-reference/auth/aid_account_settings_connections_swish_post-connection-onboarding',
            ),
        ),
    ),
    (
        Endpoint(
            method='POST',
            server='https://api.dintero.com/v1',
            path='/accounts/{aid}/management/settings/connections/swish/{callback_reference}',
        ),
        (
            Scope.WRITE_ACCOUNTS,
            Scope.WRITE_ACCOUNTS_MANAGEMENT_SETTINGS_CONNECTIONS_SWISH,
        ),
        EndpointDoc(
            title='Create connections swish',
            doc_url='https://docs.dintero.com/api-reference/auth/aid_account_settings_connections_swish_callback_post',
            names=(
                'Create connections swish',
                'aid_account_settings_connections_swish_callback_post',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/auth/aid_account_settings_connections_swish_callback_post',
            ),
        ),
    ),
    (
        Endpoint(
            method='GET',
            server='https://api.dintero.com/v1',
            path='/accounts/{aid}/management/settings/connections/vipps',
        ),
        (
            Scope.ADMIN_ACCOUNTS,
            Scope.READ_ACCOUNTS,
        ),
        EndpointDoc(
            title='List connections vipps',
            doc_url='https://docs.dintero.com/api-reference/auth/aid_account_settings_connections_vipps_get',
            names=(
                'List connections vipps',
                'aid_account_settings_connections_vipps_get',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/auth/aid_account_settings_connections_vipps_get',
            ),
        ),
    ),
    (
        Endpoint(
            method='POST',
            server='https://api.dintero.com/v1',
            path='/accounts/{aid}/management/settings/connections/vipps',
        ),
        (
            Scope.ADMIN_ACCOUNTS,
            Scope.WRITE_ACCOUNTS,
        ),
        EndpointDoc(
            title='Create connections vipps',
            doc_url='https://docs.dintero.com/api-reference/auth/aid_account_settings_connections_vipps_post-connection-onboarding',
            names=(
                'Create connections vipps',
                'aid_account_settings_connections_vipps_post',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/auth/aid_account_settings_connections_vipps_post',
                'https://docs.dintero.com/api-reference/auth/aid_account_settings_connections_vipps_post-connection-onboarding',
            ),
        ),
    ),
    (
        Endpoint(
            method='PUT',
            server='https://api.dintero.com/v1',
            path='/accounts/{aid}/management/settings/connections/vipps',
        ),
        (
            Scope.ADMIN_ACCOUNTS,
            Scope.WRITE_ACCOUNTS,
        ),
        EndpointDoc(
            title='Update connections vipps',
            doc_url='https://docs.dintero.com/api-reference/auth/aid_account_settings_connections_vipps_put-connection-onboarding',
            names=(
                'Update connections vipps',
                'aid_account_settings_connections_vipps_put',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/auth/aid_account_settings_connections_vipps_put',
                'https://docs.dintero.com/api-reference/auth/aid_account_settings_connections_vipps_put-connection-onboarding',
            ),
        ),
    ),
    (
        Endpoint(
            method='POST',
            server='https://api.dintero.com/v1',
            path='/accounts/{aid}/management/settings/connections/vipps/{callback_reference}',
        ),
        (
            Scope.WRITE_ACCOUNTS_MANAGEMENT_SETTINGS_CONNECTIONS_VIPPS,
        ),
        EndpointDoc(
            title='Create connections vipps',
            doc_url='https://docs.dintero.com/api-reference/auth/aid_account_settings_connections_vipps_callback_post',
            names=(
                'Create connections vipps',
                'aid_account_settings_connections_vipps_callback_post',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/auth/aid_account_settings_connections_vipps_callback_post',
                'https://docs.dintero.com/management-auth-api/account-connections/aid_account_settings_connections_vipps_callback_post',
            ),
        ),
    ),
    (
        Endpoint(
            method='GET',
            server='https://api.dintero.com/v1',
            path='/accounts/{aid}/products/catalogs',
        ),
        (
            Scope.ADMIN_PRODUCTS,
            Scope.READ_PRODUCTS,
            Scope.WRITE_PRODUCTS,
        ),
        EndpointDoc(
            title='List products catalogs',
            doc_url='https://docs.dintero.com/api-reference/products/list-products-catalogs',
            names=(
                'List products catalogs',
                'aid_catalogs_get',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/products/list-products-catalogs',
            ),
        ),
    ),
    (
        Endpoint(
            method='POST',
            server='https://api.dintero.com/v1',
            path='/accounts/{aid}/products/catalogs',
        ),
        (
            Scope.ADMIN_PRODUCTS,
            Scope.WRITE_PRODUCTS,
        ),
        EndpointDoc(
            title='Create products catalogs',
            doc_url='https://docs.dintero.com/api-reference/products/create-products-catalogs',
            names=(
                'Create products catalogs',
                'aid_catalogs_post',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/products/create-products-catalogs',
            ),
        ),
    ),
    (
        Endpoint(
            method='DELETE',
            server='https://api.dintero.com/v1',
            path='/accounts/{aid}/products/catalogs/{catalog_id}',
        ),
        (
            Scope.ADMIN_PRODUCTS,
            Scope.WRITE_PRODUCTS,
        ),
        EndpointDoc(
            title='Delete products catalogs',
            doc_url='https://docs.dintero.com/api-reference/products/delete-products-catalogs',
            names=(
                'Delete products catalogs',
                'aid_catalogs_delete',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/products/delete-products-catalogs',
            ),
        ),
    ),
    (
        Endpoint(
            method='PUT',
            server='https://api.dintero.com/v1',
            path='/accounts/{aid}/products/catalogs/{catalog_id}',
        ),
        (
            Scope.ADMIN_PRODUCTS,
            Scope.WRITE_PRODUCTS,
        ),
        EndpointDoc(
            title='Update products catalogs',
            doc_url='https://docs.dintero.com/api-reference/products/update-products-catalogs',
            names=(
                'Update products catalogs',
                'aid_catalogs_put',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/products/update-products-catalogs',
            ),
        ),
    ),
    (
        Endpoint(
            method='GET',
            server='https://api.dintero.com/v1',
            path='/accounts/{aid}/products/catalogs/{catalog_id}/products',
        ),
        (
            Scope.ADMIN_PRODUCTS,
            Scope.READ_PRODUCTS,
            Scope.WRITE_PRODUCTS,
        ),
        EndpointDoc(
            title='List catalogs products',
            doc_url='https://docs.dintero.com/api-reference/products/list-catalogs-products',
            names=(
                'List catalogs products',
                'aid_products_get',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/products/list-catalogs-products',
            ),
        ),
    ),
    (
        Endpoint(
            method='POST',
            server='https://api.dintero.com/v1',
            path='/accounts/{aid}/products/catalogs/{catalog_id}/products',
        ),
        (
            Scope.ADMIN_PRODUCTS,
            Scope.WRITE_PRODUCTS,
        ),
        EndpointDoc(
            title='Create catalogs products',
            doc_url='https://docs.dintero.com/api-reference/products/create-catalogs-products',
            names=(
                'Create catalogs products',
                'aid_products_post',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/products/create-catalogs-products',
            ),
        ),
    ),
    (
        Endpoint(
            method='DELETE',
            server='https://api.dintero.com/v1',
            path='/accounts/{aid}/products/catalogs/{catalog_id}/products/{product_id}',
        ),
        (
            Scope.ADMIN_PRODUCTS,
            Scope.WRITE_PRODUCTS,
        ),
        EndpointDoc(
            title='Delete catalogs products',
            doc_url='https://docs.dintero.com/api-reference/products/delete-catalogs-products',
            names=(
                'Delete catalogs products',
                'aid_catalog_id_product_delete',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/products/delete-catalogs-products',
            ),
        ),
    ),
    (
        Endpoint(
            method='PUT',
            server='https://api.dintero.com/v1',
            path='/accounts/{aid}/products/catalogs/{catalog_id}/products/{product_id}',
        ),
        (
            Scope.ADMIN_PRODUCTS,
            Scope.WRITE_PRODUCTS,
        ),
        EndpointDoc(
            title='Update catalogs products',
            doc_url='https://docs.dintero.com/api-reference/products/update-catalogs-products',
            names=(
                'Update catalogs products',
                'aid_products_put',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/products/update-catalogs-products',
            ),
        ),
    ),
    (
        Endpoint(
            method='GET',
            server='https://api.dintero.com/v1',
            path='/accounts/{aid}/products/groups',
        ),
        (),
        EndpointDoc(
            title='List products groups',
            doc_url='https://docs.dintero.com/api-reference/products/list-products-groups',
            names=(
                'List products groups',
                'aid_group_get',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/products/list-products-groups',
            ),
        ),
    ),
    (
        Endpoint(
            method='POST',
            server='https://api.dintero.com/v1',
            path='/accounts/{aid}/products/groups',
        ),
        (),
        EndpointDoc(
            title='Create products groups',
            doc_url='https://docs.dintero.com/api-reference/products/create-products-groups',
            names=(
                'Create products groups',
                'aid_group_post',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/products/create-products-groups',
            ),
        ),
    ),
    (
        Endpoint(
            method='DELETE',
            server='https://api.dintero.com/v1',
            path='/accounts/{aid}/products/groups/{group_id}',
        ),
        (),
        EndpointDoc(
            title='Delete products groups',
            doc_url='https://docs.dintero.com/api-reference/products/delete-products-groups',
            names=(
                'Delete products groups',
                'aid_delete',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/products/delete-products-groups',
            ),
        ),
    ),
    (
        Endpoint(
            method='PUT',
            server='https://api.dintero.com/v1',
            path='/accounts/{aid}/products/groups/{group_id}',
        ),
        (),
        EndpointDoc(
            title='Update products groups',
            doc_url='https://docs.dintero.com/api-reference/products/update-products-groups',
            names=(
                'Update products groups',
                'aid_group_put',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/products/update-products-groups',
            ),
        ),
    ),
    (
        Endpoint(
            method='GET',
            server='https://api.dintero.com/v1',
            path='/accounts/{aid}/products/tax',
        ),
        (),
        EndpointDoc(
            title='List products tax',
            doc_url='https://docs.dintero.com/api-reference/products/list-products-tax',
            names=(
                'List products tax',
                'aid_tax_get',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/products/list-products-tax',
            ),
        ),
    ),
    (
        Endpoint(
            method='POST',
            server='https://api.dintero.com/v1',
            path='/accounts/{aid}/products/tax',
        ),
        (),
        EndpointDoc(
            title='Create products tax',
            doc_url='https://docs.dintero.com/api-reference/products/create-products-tax',
            names=(
                'Create products tax',
                'aid_tax_post',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/products/create-products-tax',
            ),
        ),
    ),
    (
        Endpoint(
            method='DELETE',
            server='https://api.dintero.com/v1',
            path='/accounts/{aid}/products/tax/{tax_id}',
        ),
        (),
        EndpointDoc(
            title='Delete products tax',
            doc_url='https://docs.dintero.com/api-reference/products/delete-products-tax',
            names=(
                'Delete products tax',
                'aid_tax_delete',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/products/delete-products-tax',
            ),
        ),
    ),
    (
        Endpoint(
            method='PUT',
            server='https://api.dintero.com/v1',
            path='/accounts/{aid}/products/tax/{tax_id}',
        ),
        (),
        EndpointDoc(
            title='Update products tax',
            doc_url='https://docs.dintero.com/api-reference/products/update-products-tax',
            names=(
                'Update products tax',
                'aid_tax_put',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/products/update-products-tax',
            ),
        ),
    ),
    (
        Endpoint(
            method='POST',
            server='https://api.dintero.com/v1',
            path='/accounts/{aid}/receipts',
        ),
        (
            Scope.ADMIN_RECEIPTS,
            Scope.WRITE_RECEIPTS,
        ),
        EndpointDoc(
            title='Create new Receipts',
            doc_url='https://docs.dintero.com/api-reference/receipts/create-new-receipts',
            names=(
                'Create new Receipts',
                'Create receipts',
                'aid_receipts_post',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/receipts/create-new-receipts',
                'https://docs.dintero.com/api-reference/receipts/create-receipts',
            ),
        ),
    ),
    (
        Endpoint(
            method='PUT',
            server='https://api.dintero.com/v1',
            path='/accounts/{aid}/receipts/all/{receipt_id}',
        ),
        (
            Scope.ADMIN_RECEIPTS,
            Scope.READ_RECEIPTS,
        ),
        EndpointDoc(
            title='Update receipt',
            doc_url='https://docs.dintero.com/api-reference/receipts/update-receipt',
            names=(
                'Update receipt',
                'Update receipts all',
                'aid_receipts_update_put',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/receipts/update-receipt',
                'https://docs.dintero.com/api-reference/receipts/update-receipts-all',
            ),
        ),
    ),
    (
        Endpoint(
            method='POST',
            server='https://api.dintero.com/v1',
            path='/accounts/{aid}/receipts/customer_segment',
        ),
        (
            Scope.ADMIN_RECEIPTS,
            Scope.READ_RECEIPTS,
        ),
        EndpointDoc(
            title='Create receipts customer segment',
            doc_url='https://docs.dintero.com/api-reference/receipts/create-receipts-customer-segment',
            names=(
                'Create receipts customer segment',
                'aid_receipts_customer_segment_post',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/receipts/create-receipts-customer-segment',
            ),
        ),
    ),
    (
        Endpoint(
            method='GET',
            server='https://api.dintero.com/v1',
            path='/accounts/{aid}/receipts/customers/{customer_id}',
        ),
        (
            Scope.ADMIN_RECEIPTS,
            Scope.READ_RECEIPTS,
            Scope.USER_RECEIPTS,
        ),
        EndpointDoc(
            title='Customer receipts collection',
            doc_url='https://docs.dintero.com/api-reference/customer-receipts/customer-receipts-collection',
            names=(
                'Customer receipts collection',
                'Get receipts customers',
                'aid_receipts_customers_cid_get',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/customer-receipts/customer-receipts-collection',
                'https://docs.dintero.com/api-reference/receipts/aid_receipts_customers_cid_get',
            ),
        ),
    ),
    (
        Endpoint(
            method='GET',
            server='https://api.dintero.com/v1',
            path='/accounts/{aid}/receipts/customers/{customer_id}/{receipt_id}',
        ),
        (
            Scope.ADMIN_RECEIPTS,
            Scope.READ_RECEIPTS,
            Scope.USER_RECEIPTS,
        ),
        EndpointDoc(
            title='Get receipts customers',
            doc_url='https://docs.dintero.com/api-reference/receipts/aid_receipts_customers_cid_rid_get',
            names=(
                'Get receipts customers',
                'aid_receipts_customers_cid_rid_get',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/receipts/aid_receipts_customers_cid_rid_get',
            ),
        ),
    ),
    (
        Endpoint(
            method='POST',
            server='https://api.dintero.com/v1',
            path='/accounts/{aid}/receipts/customers/{customer_id}/{receipt_id}/change_customer_id',
        ),
        (
            Scope.ADMIN_RECEIPTS,
        ),
        EndpointDoc(
            title='Change customer_id',
            doc_url='https://docs.dintero.com/api-reference/customer-receipts/change-customer_id',
            names=(
                'Change customer id customers',
                'Change customer_id',
                'aid_receipts_customers_cid_rid_change_customer_id_post',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/customer-receipts/change-customer_id',
                'https://docs.dintero.com/api-reference/receipts/change-customer-id-customers',
            ),
        ),
    ),
    (
        Endpoint(
            method='GET',
            server='https://api.dintero.com/v1',
            path='/accounts/{aid}/receipts/receipt-token',
        ),
        (
            Scope.ADMIN_RECEIPTS,
            Scope.PUBLIC_RECEIPTS,
            Scope.READ_RECEIPTS,
            Scope.USER_RECEIPTS,
        ),
        EndpointDoc(
            title='List receipts receipt token',
            doc_url='https://docs.dintero.com/api-reference/receipts/list-receipts-receipt-token',
            names=(
                'List receipts receipt token',
                'aid_receipts_receipt_token_get',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/receipts/list-receipts-receipt-token',
            ),
        ),
    ),
    (
        Endpoint(
            method='POST',
            server='https://api.dintero.com/v1',
            path='/accounts/{aid}/receipts/receipt-token',
        ),
        (
            Scope.ADMIN_RECEIPTS,
            Scope.USER_RECEIPTS,
            Scope.WRITE_RECEIPTS,
        ),
        EndpointDoc(
            title='Create receipts receipt token',
            doc_url='https://docs.dintero.com/api-reference/receipts/create-receipts-receipt-token',
            names=(
                'Create receipts receipt token',
                'aid_receipts_receipt_token_post',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/receipts/create-receipts-receipt-token',
            ),
        ),
    ),
    (
        Endpoint(
            method='GET',
            server='https://api.dintero.com/v1',
            path='/accounts/{aid}/receipts/search',
        ),
        (
            Scope.ADMIN_RECEIPTS,
            Scope.READ_RECEIPTS,
        ),
        EndpointDoc(
            title='List receipts search',
            doc_url='https://docs.dintero.com/api-reference/receipts/list-receipts-search',
            names=(
                'List receipts search',
                'Receipt search',
                'aid_receipts_rid_get',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/receipts/list-receipts-search',
                'https://docs.dintero.com/api-reference/receipts/receipt-search',
            ),
        ),
    ),
    (
        Endpoint(
            method='GET',
            server='https://api.dintero.com/v1',
            path='/accounts/{aid}/reports/metadata',
        ),
        (
            Scope.ADMIN_REPORTS,
            Scope.READ_REPORTS,
        ),
        EndpointDoc(
            title='List report metadata',
            doc_url='https://docs.dintero.com/api-reference/payments/list-report-metadata',
            names=(
                'List report metadata',
                'api_reports_metadata_list_get',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/payments/list-report-metadata',
            ),
        ),
    ),
    (
        Endpoint(
            method='POST',
            server='https://api.dintero.com/v1',
            path='/accounts/{aid}/search/external/address/{country}/validate',
        ),
        (
            Scope.PUBLIC,
        ),
        EndpointDoc(
            title='Validate address',
            doc_url='https://docs.dintero.com/api-reference/addresses/validate-address',
            names=(
                'Validate address',
                'aid_search_external_validate_address',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/addresses/validate-address',
                'https://docs.dintero.com/api-reference/customers/validate-address',
            ),
        ),
    ),
    (
        Endpoint(
            method='GET',
            server='https://api.dintero.com/v1',
            path='/accounts/{aid}/search/external/organizations/no',
        ),
        (
            Scope.PUBLIC,
        ),
        EndpointDoc(
            title='List organizations no',
            doc_url='https://docs.dintero.com/api-reference/customers/list-organizations-no',
            names=(
                'List organizations no',
                'aid_search_external_organizations_no',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/customers/list-organizations-no',
            ),
        ),
    ),
    (
        Endpoint(
            method='GET',
            server='https://api.dintero.com/v1',
            path='/accounts/{aid}/search/external/organizations/{country}/{organization_number}',
        ),
        (
            Scope.PUBLIC,
        ),
        EndpointDoc(
            title='Get external organizations',
            doc_url='https://docs.dintero.com/api-reference/customers/get-external-organizations',
            names=(
                'Get external organizations',
                'aid_get_external_organizations',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/customers/get-external-organizations',
            ),
        ),
    ),
    (
        Endpoint(
            method='GET',
            server='https://api.dintero.com/v1',
            path='/accounts/{aid}/search/external/postal_place/{country}/{postal_code}',
        ),
        (
            Scope.PUBLIC,
        ),
        EndpointDoc(
            title='Get external postal place',
            doc_url='https://docs.dintero.com/api-reference/customers/get-external-postal-place',
            names=(
                'Get external postal place',
                'aid_search_external_postal_place',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/customers/get-external-postal-place',
            ),
        ),
    ),
    (
        Endpoint(
            method='GET',
            server='https://api.dintero.com/v1',
            path='/accounts/{aid}/settlements',
        ),
        (
            Scope.ADMIN_BILLING,
            Scope.ADMIN_REPORTS,
            Scope.ADMIN_SETTLEMENTS,
            Scope.READ_BILLING,
            Scope.READ_REPORTS,
            Scope.READ_SETTLEMENTS,
        ),
        EndpointDoc(
            title='List settlements',
            doc_url='https://docs.dintero.com/api-reference/payments/list-settlements',
            names=(
                'List settlements',
                'aid_settlements_list',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/payments/list-settlements',
                'https://docs.dintero.com/api-reference/settlements/aid_settlements_list',
                'https://docs.dintero.com/api-reference/settlements/list-settlements',
                'https://docs.dintero.com/partners/settlements/aid_settlements_list',
            ),
        ),
    ),
    (
        Endpoint(
            method='GET',
            server='https://api.dintero.com/v1',
            path='/accounts/{aid}/settlements/reports/configuration',
        ),
        (
            Scope.ADMIN_BILLING,
            Scope.ADMIN_REPORTS,
            Scope.ADMIN_SETTLEMENTS,
            Scope.READ_BILLING,
            Scope.READ_REPORTS,
            Scope.READ_SETTLEMENTS,
        ),
        EndpointDoc(
            title='List settlement report configurations',
            doc_url='https://docs.dintero.com/api-reference/payments/list-settlement-report-configurations',
            names=(
                'List settlement report configurations',
                'aid_settlement_report_config_list',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/payments/list-settlement-report-configurations',
                'https://docs.dintero.com/api-reference/settlementsconfiguration/aid_settlement_report_config_list',
                'https://docs.dintero.com/api-reference/settlementsconfiguration/list-settlement-report-configurations',
            ),
        ),
    ),
    (
        Endpoint(
            method='POST',
            server='https://api.dintero.com/v1',
            path='/accounts/{aid}/settlements/reports/configuration',
        ),
        (
            Scope.ADMIN_BILLING,
            Scope.ADMIN_REPORTS,
            Scope.ADMIN_SETTLEMENTS,
            Scope.WRITE_SETTLEMENTS,
        ),
        EndpointDoc(
            title='Create settlement report configurations',
            doc_url='https://docs.dintero.com/api-reference/payments/create-settlement-report-configurations',
            names=(
                'Create settlement report configurations',
                'aid_settlement_report_config_create',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/payments/create-settlement-report-configurations',
            ),
        ),
    ),
    (
        Endpoint(
            method='DELETE',
            server='https://api.dintero.com/v1',
            path='/accounts/{aid}/settlements/reports/configuration/{id}',
        ),
        (
            Scope.ADMIN_BILLING,
            Scope.ADMIN_SETTLEMENTS,
            Scope.WRITE_BILLING,
            Scope.WRITE_SETTLEMENTS,
        ),
        EndpointDoc(
            title='Delete settlement report configuration',
            doc_url='https://docs.dintero.com/api-reference/payments/delete-settlement-report-configuration',
            names=(
                'Delete settlement report configuration',
                'aid_settlement_report_config_delete',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/payments/delete-settlement-report-configuration',
            ),
        ),
    ),
    (
        Endpoint(
            method='GET',
            server='https://api.dintero.com/v1',
            path='/accounts/{aid}/settlements/reports/configuration/{id}',
        ),
        (
            Scope.ADMIN_BILLING,
            Scope.ADMIN_REPORTS,
            Scope.ADMIN_SETTLEMENTS,
            Scope.READ_BILLING,
            Scope.READ_REPORTS,
            Scope.READ_SETTLEMENTS,
        ),
        EndpointDoc(
            title='Get settlement report configuration',
            doc_url='https://docs.dintero.com/api-reference/payments/get-settlement-report-configuration',
            names=(
                'Get settlement report configuration',
                'aid_settlement_report_config_details',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/payments/get-settlement-report-configuration',
            ),
        ),
    ),
    (
        Endpoint(
            method='PUT',
            server='https://api.dintero.com/v1',
            path='/accounts/{aid}/settlements/reports/configuration/{id}',
        ),
        (
            Scope.ADMIN_BILLING,
            Scope.ADMIN_SETTLEMENTS,
            Scope.WRITE_BILLING,
            Scope.WRITE_SETTLEMENTS,
        ),
        EndpointDoc(
            title='Update settlement report configuration',
            doc_url='https://docs.dintero.com/api-reference/payments/update-settlement-report-configuration',
            names=(
                'Update settlement report configuration',
                'aid_settlement_report_config_update',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/payments/update-settlement-report-configuration',
            ),
        ),
    ),
    (
        Endpoint(
            method='GET',
            server='https://api.dintero.com/v1',
            path='/accounts/{aid}/settlements/{settlementid}/attachments/{attachmentid}',
        ),
        (
            Scope.ADMIN_BILLING,
            Scope.ADMIN_REPORTS,
            Scope.ADMIN_SETTLEMENTS,
            Scope.READ_BILLING,
            Scope.READ_REPORTS,
            Scope.READ_SETTLEMENTS,
        ),
        EndpointDoc(
            title='Download attachment',
            doc_url='https://docs.dintero.com/api-reference/payments/download-attachment',
            names=(
                'Download attachment',
                'settlement_attachment_download',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/payments/download-attachment',
            ),
        ),
    ),
    (
        Endpoint(
            method='GET',
            server='https://api.dintero.com/v1',
            path='/accounts/{aid}/shopping/draft_orders',
        ),
        (),
        EndpointDoc(
            title='Draft orders collection',
            doc_url='https://docs.dintero.com/api-reference/orderlist/draft-orders-collection',
            names=(
                'Draft orders collection',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/orderlist/draft-orders-collection',
            ),
        ),
    ),
    (
        Endpoint(
            method='PUT',
            server='https://api.dintero.com/v1',
            path='/accounts/{aid}/shopping/draft_orders/{id}/complete',
        ),
        (),
        EndpointDoc(
            title='Complete a draft order',
            doc_url='https://docs.dintero.com/api-reference/draft/complete-a-draft-order',
            names=(
                'Complete a draft order',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/draft/complete-a-draft-order',
            ),
        ),
    ),
    (
        Endpoint(
            method='GET',
            server='https://api.dintero.com/v1',
            path='/accounts/{aid}/shopping/orders/{order_id}/captures',
        ),
        (),
        EndpointDoc(
            title='aid_orders_id_captures_get',
            doc_url='https://docs.dintero.com/api-reference/orderlist/aid_orders_id_captures_get',
            names=(
                'aid_orders_id_captures_get',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/orderlist/aid_orders_id_captures_get',
            ),
        ),
    ),
    (
        Endpoint(
            method='POST',
            server='https://api.dintero.com/v1',
            path='/accounts/{aid}/shopping/orders/{order_id}/captures',
        ),
        (
            Scope.ADMIN_SHOPPING,
            Scope.WRITE_SHOPPING,
        ),
        EndpointDoc(
            title='Create a capture',
            doc_url='https://docs.dintero.com/api-reference/ordercaptures/create-a-capture',
            names=(
                'Create a capture',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/ordercaptures/create-a-capture',
            ),
        ),
    ),
    (
        Endpoint(
            method='GET',
            server='https://api.dintero.com/v1',
            path='/accounts/{aid}/shopping/orders/{order_id}/refunds',
        ),
        (),
        EndpointDoc(
            title='Get refunds collection',
            doc_url='https://docs.dintero.com/api-reference/orderlist/get-refunds-collection',
            names=(
                'Get refunds collection',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/orderlist/get-refunds-collection',
            ),
        ),
    ),
    (
        Endpoint(
            method='POST',
            server='https://api.dintero.com/v1',
            path='/accounts/{aid}/shopping/orders/{order_id}/sessions',
        ),
        (),
        EndpointDoc(
            title='Create a session',
            doc_url='https://docs.dintero.com/api-reference/ordersessions/create-a-session',
            names=(
                'Create a session',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/ordersessions/create-a-session',
            ),
        ),
    ),
    (
        Endpoint(
            method='GET',
            server='https://api.dintero.com/v1',
            path='/accounts/{aid}/stores/{store_id}',
        ),
        (
            Scope.ADMIN_ACCOUNTS,
            Scope.READ_ACCOUNTS,
        ),
        EndpointDoc(
            title='Store details',
            doc_url='https://docs.dintero.com/api-reference/account-stores/store-details',
            names=(
                'Store details',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/account-stores/store-details',
            ),
        ),
    ),
    (
        Endpoint(
            method='GET',
            server='https://api.dintero.com/v1',
            path='/accounts/{aid}/terminals',
        ),
        (),
        EndpointDoc(
            title='Get Terminals',
            doc_url='https://docs.dintero.com/api-reference/account-terminals/get-terminals',
            names=(
                'Get Terminals',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/account-terminals/get-terminals',
            ),
        ),
    ),
    (
        Endpoint(
            method='POST',
            server='https://api.dintero.com/v1',
            path='/accounts/{aid}/terminals',
        ),
        (
            Scope.ADMIN_ACCOUNTS,
            Scope.WRITE_ACCOUNTS,
        ),
        EndpointDoc(
            title='aid_account_management_terminals_post',
            doc_url='https://docs.dintero.com/api-reference/account-terminals/aid_account_management_terminals_post',
            names=(
                'aid_account_management_terminals_post',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/account-terminals/aid_account_management_terminals_post',
            ),
        ),
    ),
    (
        Endpoint(
            method='PUT',
            server='https://api.dintero.com/v1',
            path='/accounts/{aid}/terminals/{terminal_id}',
        ),
        (),
        EndpointDoc(
            title='Update Terminal',
            doc_url='https://docs.dintero.com/api-reference/account-terminals/update-terminal',
            names=(
                'Update Terminal',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/account-terminals/update-terminal',
            ),
        ),
    ),
    (
        Endpoint(
            method='GET',
            server='https://api.dintero.com/v1',
            path='/accounts/{aid}/wallets/cards',
        ),
        (),
        EndpointDoc(
            title='Get cards',
            doc_url='https://docs.dintero.com/api-reference/cards/get-cards',
            names=(
                'Get cards',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/cards/get-cards',
            ),
        ),
    ),
    (
        Endpoint(
            method='POST',
            server='https://api.dintero.com/v1',
            path='/accounts/{aid}/wallets/cards',
        ),
        (
            Scope.ADMIN_WALLETS,
            Scope.WRITE_WALLETS,
        ),
        EndpointDoc(
            title='Create wallets cards',
            doc_url='https://docs.dintero.com/api-reference/wallets/create-wallets-cards',
            names=(
                'Create wallets cards',
                'aid_cards_post',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/wallets/create-wallets-cards',
            ),
        ),
    ),
    (
        Endpoint(
            method='POST',
            server='https://api.dintero.com/v1',
            path='/accounts/{aid}/wallets/cards/batch',
        ),
        (),
        EndpointDoc(
            title='Batch create cards',
            doc_url='https://docs.dintero.com/api-reference/cards/batch-create-cards',
            names=(
                'Batch create cards',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/cards/batch-create-cards',
            ),
        ),
    ),
    (
        Endpoint(
            method='GET',
            server='https://api.dintero.com/v1',
            path='/accounts/{aid}/wallets/cards/{card_id}',
        ),
        (
            Scope.ADMIN_WALLETS,
            Scope.READ_WALLETS,
        ),
        EndpointDoc(
            title='Get wallets cards',
            doc_url='https://docs.dintero.com/api-reference/wallets/get-wallets-cards',
            names=(
                'Get wallets cards',
                'aid_cards_cardid_get',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/wallets/get-wallets-cards',
            ),
        ),
    ),
    (
        Endpoint(
            method='POST',
            server='https://api.dintero.com/v1',
            path='/accounts/{aid}/wallets/cards/{card_id}/tokens',
        ),
        (
            Scope.ADMIN_WALLETS,
            Scope.WRITE_WALLETS,
        ),
        EndpointDoc(
            title='Create a token for the card',
            doc_url='https://docs.dintero.com/api-reference/cards/create-a-token-for-the-card',
            names=(
                'Create a token for the card',
                'Create cards tokens',
                'aid_cards_cardid_token_post',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/cards/create-a-token-for-the-card',
                'https://docs.dintero.com/api-reference/wallets/create-cards-tokens',
            ),
        ),
    ),
    (
        Endpoint(
            method='GET',
            server='https://api.dintero.com/v1',
            path='/accounts/{aid}/wallets/cards/{card_id}/transactions',
        ),
        (
            Scope.ADMIN_WALLETS,
            Scope.READ_WALLETS,
        ),
        EndpointDoc(
            title='List cards transactions',
            doc_url='https://docs.dintero.com/api-reference/wallets/list-cards-transactions',
            names=(
                'List cards transactions',
                'aid_cards_cardid_transactions_tid_get',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/wallets/list-cards-transactions',
            ),
        ),
    ),
    (
        Endpoint(
            method='GET',
            server='https://api.dintero.com/v1',
            path='/accounts/{aid}/wallets/customers/{customer_id}/cards',
        ),
        (
            Scope.ADMIN_WALLETS,
            Scope.READ_WALLETS,
            Scope.USER_WALLETS,
        ),
        EndpointDoc(
            title='List customer cards',
            doc_url='https://docs.dintero.com/api-reference/customers/list-customer-cards',
            names=(
                'List customer cards',
                'List customers cards',
                'aid_customers_cid_cards_get',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/customers/list-customer-cards',
                'https://docs.dintero.com/api-reference/wallets/list-customers-cards',
            ),
        ),
    ),
    (
        Endpoint(
            method='GET',
            server='https://api.dintero.com/v1',
            path='/accounts/{aid}/wallets/customers/{customer_id}/cards/{card_id}',
        ),
        (
            Scope.ADMIN_WALLETS,
            Scope.READ_WALLETS,
            Scope.USER_WALLETS,
        ),
        EndpointDoc(
            title='Get customers cards',
            doc_url='https://docs.dintero.com/api-reference/wallets/get-customers-cards',
            names=(
                'Get customers cards',
                'aid_customers_cid_card_cid_get',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/wallets/get-customers-cards',
            ),
        ),
    ),
    (
        Endpoint(
            method='POST',
            server='https://api.dintero.com/v1',
            path='/accounts/{aid}/wallets/info',
        ),
        (
            Scope.ADMIN_WALLETS,
            Scope.WRITE_WALLETS,
            Scope.WRITE_WALLETS_INFO,
        ),
        EndpointDoc(
            title='Create wallets info',
            doc_url='https://docs.dintero.com/api-reference/wallets/create-wallets-info',
            names=(
                'Create wallets info',
                'aid_cards_token_post',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/wallets/create-wallets-info',
            ),
        ),
    ),
    (
        Endpoint(
            method='POST',
            server='https://api.dintero.com/v1',
            path='/accounts/{aid}/wallets/transactions',
        ),
        (
            Scope.ADMIN_WALLETS,
            Scope.WRITE_WALLETS,
            Scope.WRITE_WALLETS_TRANSACTIONS,
        ),
        EndpointDoc(
            title='Create wallets transactions',
            doc_url='https://docs.dintero.com/api-reference/wallets/create-wallets-transactions',
            names=(
                'Create wallets transactions',
                'aid_cards_transactions_post',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/wallets/create-wallets-transactions',
            ),
        ),
    ),
    (
        Endpoint(
            method='POST',
            server='https://api.dintero.com/v1',
            path='/accounts/{aid}/wallets/transactions/{transaction_id}/capture',
        ),
        (
            Scope.ADMIN_WALLETS,
            Scope.WRITE_WALLETS,
            Scope.WRITE_WALLETS_TRANSACTIONS,
        ),
        EndpointDoc(
            title='Capture pending transaction',
            doc_url='https://docs.dintero.com/api-reference/transactions/capture-pending-transaction',
            names=(
                'Capture pending transaction',
                'Capture transactions',
                'aid_cards_cardid_transactions_capture_post',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/transactions/capture-pending-transaction',
                'https://docs.dintero.com/api-reference/wallets/capture-transactions',
            ),
        ),
    ),
    (
        Endpoint(
            method='POST',
            server='https://api.dintero.com/v1',
            path='/accounts/{aid}/wallets/transactions/{transaction_id}/void',
        ),
        (
            Scope.ADMIN_WALLETS,
            Scope.WRITE_WALLETS,
            Scope.WRITE_WALLETS_TRANSACTIONS,
        ),
        EndpointDoc(
            title='Void transactions',
            doc_url='https://docs.dintero.com/api-reference/wallets/void-transactions',
            names=(
                'Void transactions',
                'aid_cards_cardid_transactions_void_post',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/wallets/void-transactions',
            ),
        ),
    ),
    (
        Endpoint(
            method='POST',
            server='https://api.dintero.com/v1',
            path='/accounts/{oid}/auth/authorize',
        ),
        (),
        EndpointDoc(
            title='Create auth authorize',
            doc_url='https://docs.dintero.com/api-reference/auth/aid_auths_oauth_authorize_post',
            names=(
                'Create auth authorize',
                'aid_auths_oauth_authorize_post',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/auth/aid_auths_oauth_authorize_post',
            ),
        ),
    ),
    (
        Endpoint(
            method='GET',
            server='https://api.dintero.com/v1',
            path='/accounts/{oid}/auth/client-grants',
        ),
        (
            Scope.ADMIN_ACCOUNTS,
            Scope.READ_ACCOUNTS,
        ),
        EndpointDoc(
            title='List auth client grants',
            doc_url='https://docs.dintero.com/api-reference/auth/aid_auths_client_grants_get',
            names=(
                'List auth client grants',
                'aid_auths_client_grants_get',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/auth/aid_auths_client_grants_get',
            ),
        ),
    ),
    (
        Endpoint(
            method='POST',
            server='https://api.dintero.com/v1',
            path='/accounts/{oid}/auth/client-grants',
        ),
        (
            Scope.ADMIN_ACCOUNTS,
            Scope.WRITE_ACCOUNTS,
        ),
        EndpointDoc(
            title='Create auth client grants',
            doc_url='https://docs.dintero.com/api-reference/auth/aid_auths_client_grants_post',
            names=(
                'Create auth client grants',
                'aid_auths_client_grants_post',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/auth/aid_auths_client_grants_post',
            ),
        ),
    ),
    (
        Endpoint(
            method='DELETE',
            server='https://api.dintero.com/v1',
            path='/accounts/{oid}/auth/client-grants/{id}',
        ),
        (
            Scope.ADMIN_ACCOUNTS,
            Scope.WRITE_ACCOUNTS,
        ),
        EndpointDoc(
            title='Delete auth client grants',
            doc_url='https://docs.dintero.com/api-reference/auth/aid_auths_client_grants_id_delete',
            names=(
                'Delete auth client grants',
                'aid_auths_client_grants_id_delete',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/auth/aid_auths_client_grants_id_delete',
            ),
        ),
    ),
    (
        Endpoint(
            method='GET',
            server='https://api.dintero.com/v1',
            path='/accounts/{oid}/auth/clients',
        ),
        (
            Scope.ADMIN_ACCOUNTS,
            Scope.READ_ACCOUNTS,
        ),
        EndpointDoc(
            title='List auth clients',
            doc_url='https://docs.dintero.com/api-reference/auth/aid_auth_clients_get',
            names=(
                'List auth clients',
                'aid_auth_clients_get',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/auth/aid_auth_clients_get',
            ),
        ),
    ),
    (
        Endpoint(
            method='POST',
            server='https://api.dintero.com/v1',
            path='/accounts/{oid}/auth/clients',
        ),
        (
            Scope.ADMIN_ACCOUNTS,
            Scope.WRITE_ACCOUNTS,
        ),
        EndpointDoc(
            title='Create auth clients',
            doc_url='https://docs.dintero.com/api-reference/auth/aid_auth_clients_post',
            names=(
                'Create auth clients',
                'aid_auth_clients_post',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/auth/aid_auth_clients_post',
                'https://docs.dintero.com/management-auth-api/clients/aid_auth_clients_post',
            ),
        ),
    ),
    (
        Endpoint(
            method='DELETE',
            server='https://api.dintero.com/v1',
            path='/accounts/{oid}/auth/clients/{id}',
        ),
        (
            Scope.ADMIN_ACCOUNTS,
            Scope.WRITE_ACCOUNTS,
        ),
        EndpointDoc(
            title='Delete auth clients',
            doc_url='https://docs.dintero.com/api-reference/auth/aid_auths_clients_id_delete',
            names=(
                'Delete auth clients',
                'aid_auths_clients_id_delete',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/auth/aid_auths_clients_id_delete',
            ),
        ),
    ),
    (
        Endpoint(
            method='GET',
            server='https://api.dintero.com/v1',
            path='/accounts/{oid}/auth/clients/{id}',
        ),
        (
            Scope.ADMIN_ACCOUNTS,
            Scope.READ_ACCOUNTS,
        ),
        EndpointDoc(
            title='Get auth clients',
            doc_url='https://docs.dintero.com/api-reference/auth/aid_auths_clients_id_get',
            names=(
                'Get auth clients',
                'aid_auths_clients_id_get',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/auth/aid_auths_clients_id_get',
            ),
        ),
    ),
    (
        Endpoint(
            method='POST',
            server='https://api.dintero.com/v1',
            path='/accounts/{oid}/auth/clients/{id}/rotate-secret',
        ),
        (
            Scope.ADMIN_ACCOUNTS,
            Scope.WRITE_ACCOUNTS,
        ),
        EndpointDoc(
            title='Create clients rotate secret',
            doc_url='https://docs.dintero.com/api-reference/auth/aid_auths_clients_id_rotate_post',
            names=(
                'Create clients rotate secret',
                'aid_auths_clients_id_rotate_post',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/auth/aid_auths_clients_id_rotate_post',
            ),
        ),
    ),
    (
        Endpoint(
            method='GET',
            server='https://api.dintero.com/v1',
            path='/accounts/{oid}/auth/keys',
        ),
        (
            Scope.ADMIN_ACCOUNTS,
            Scope.READ_ACCOUNTS,
        ),
        EndpointDoc(
            title='List auth keys',
            doc_url='https://docs.dintero.com/api-reference/auth/aid_auths_keys_get',
            names=(
                'List auth keys',
                'aid_auths_keys_get',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/auth/aid_auths_keys_get',
            ),
        ),
    ),
    (
        Endpoint(
            method='POST',
            server='https://api.dintero.com/v1',
            path='/accounts/{oid}/auth/passwordless',
        ),
        (
            Scope.ADMIN_ACCOUNTS,
            Scope.WRITE_ACCOUNTS,
            Scope.WRITE_ACCOUNTS_AUTH_PASSWORDLESS,
            Scope.WRITE_ACCOUNTS_AUTH_PASSWORDLESS_EMAIL,
            Scope.WRITE_ACCOUNTS_AUTH_PASSWORDLESS_SMS,
        ),
        EndpointDoc(
            title='Create auth passwordless',
            doc_url='https://docs.dintero.com/api-reference/auth/aid_auth_account_passwordless_post',
            names=(
                'Create auth passwordless',
                'aid_auth_account_passwordless_post',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/auth/aid_auth_account_passwordless_post',
            ),
        ),
    ),
    (
        Endpoint(
            method='POST',
            server='https://api.dintero.com/v1',
            path='/accounts/{oid}/auth/passwordless/code',
        ),
        (
            Scope.ADMIN_ACCOUNTS,
            Scope.WRITE_ACCOUNTS,
            Scope.WRITE_ACCOUNTS_AUTH_PASSWORDLESS_CODE,
        ),
        EndpointDoc(
            title='Create passwordless code',
            doc_url='https://docs.dintero.com/api-reference/auth/aid_auth_passwordless_post',
            names=(
                'Create passwordless code',
                'aid_auth_passwordless_post',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/auth/aid_auth_passwordless_post',
            ),
        ),
    ),
    (
        Endpoint(
            method='POST',
            server='https://api.dintero.com/v1',
            path='/accounts/{oid}/auth/redirect',
        ),
        (),
        EndpointDoc(
            title='Create auth redirect',
            doc_url='https://docs.dintero.com/api-reference/auth/aid_auths_oauth_redirect_post',
            names=(
                'Create auth redirect',
                'aid_auths_oauth_redirect_post',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/auth/aid_auths_oauth_redirect_post',
            ),
        ),
    ),
    (
        Endpoint(
            method='POST',
            server='https://api.dintero.com/v1',
            path='/accounts/{oid}/auth/revoke',
        ),
        (
            Scope.ADMIN_ACCOUNTS,
            Scope.CREATE_ACCOUNTS_AUTH_REFRESH_TOKEN,
            Scope.WRITE_ACCOUNTS,
        ),
        EndpointDoc(
            title='Create auth revoke',
            doc_url='https://docs.dintero.com/api-reference/auth/aid_auths_oauth_revoke_post',
            names=(
                'Create auth revoke',
                'aid_auths_oauth_revoke_post',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/auth/aid_auths_oauth_revoke_post',
            ),
        ),
    ),
    (
        Endpoint(
            method='GET',
            server='https://api.dintero.com/v1',
            path='/accounts/{oid}/auth/roles',
        ),
        (
            Scope.ADMIN_ACCOUNTS,
            Scope.READ_ACCOUNTS,
        ),
        EndpointDoc(
            title='List auth roles',
            doc_url='https://docs.dintero.com/api-reference/auth/aid_auths_roles_get',
            names=(
                'List auth roles',
                'aid_auths_roles_get',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/auth/aid_auths_roles_get',
                'https://docs.dintero.com/management-auth-api/roles/aid_auths_roles_get',
            ),
        ),
    ),
    (
        Endpoint(
            method='POST',
            server='https://api.dintero.com/v1',
            path='/accounts/{oid}/auth/roles',
        ),
        (
            Scope.ADMIN_ACCOUNTS,
            Scope.WRITE_ACCOUNTS,
        ),
        EndpointDoc(
            title='Create auth roles',
            doc_url='https://docs.dintero.com/api-reference/auth/aid_auths_roles_post',
            names=(
                'Create auth roles',
                'aid_auths_roles_post',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/auth/aid_auths_roles_post',
                'https://docs.dintero.com/management-auth-api/roles/aid_auths_roles_post',
            ),
        ),
    ),
    (
        Endpoint(
            method='DELETE',
            server='https://api.dintero.com/v1',
            path='/accounts/{oid}/auth/roles/{role_id}',
        ),
        (
            Scope.ADMIN_ACCOUNTS,
            Scope.WRITE_ACCOUNTS,
        ),
        EndpointDoc(
            title='Delete auth roles',
            doc_url='https://docs.dintero.com/api-reference/auth/aid_auths_roles_id_delete',
            names=(
                'Delete auth roles',
                'aid_auths_roles_id_delete',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/auth/aid_auths_roles_id_delete',
            ),
        ),
    ),
    (
        Endpoint(
            method='GET',
            server='https://api.dintero.com/v1',
            path='/accounts/{oid}/auth/roles/{role_id}',
        ),
        (
            Scope.ADMIN_ACCOUNTS,
            Scope.READ_ACCOUNTS,
        ),
        EndpointDoc(
            title='Get auth roles',
            doc_url='https://docs.dintero.com/api-reference/auth/aid_auths_roles_id_get',
            names=(
                'Get auth roles',
                'aid_auths_roles_id_get',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/auth/aid_auths_roles_id_get',
            ),
        ),
    ),
    (
        Endpoint(
            method='PUT',
            server='https://api.dintero.com/v1',
            path='/accounts/{oid}/auth/roles/{role_id}',
        ),
        (
            Scope.ADMIN_ACCOUNTS,
            Scope.WRITE_ACCOUNTS,
        ),
        EndpointDoc(
            title='Update auth roles',
            doc_url='https://docs.dintero.com/api-reference/auth/aid_auths_roles_id_put',
            names=(
                'Update auth roles',
                'aid_auths_roles_id_put',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/auth/aid_auths_roles_id_put',
                'https://docs.dintero.com/management-auth-api/roles/aid_auths_roles_id_put',
            ),
        ),
    ),
    (
        Endpoint(
            method='POST',
            server='https://api.dintero.com/v1',
            path='/accounts/{oid}/auth/token',
        ),
        (
            Scope.ADMIN_ACCOUNTS,
            Scope.WRITE_ACCOUNTS,
            Scope.WRITE_ACCOUNTS_AUTH_USERS,
            Scope.WRITE_ACCOUNTS_AUTH_USERS_NO_MFA,
        ),
        EndpointDoc(
            title='Create auth token',
            doc_url='https://docs.dintero.com/api-reference/auth/aid_auths_oauth_token_post',
            names=(
                'Create auth token',
                'aid_auths_oauth_token_post',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/auth/aid_auths_oauth_token_post',
            ),
            client_auth=True,
        ),
    ),
    (
        Endpoint(
            method='GET',
            server='https://api.dintero.com/v1',
            path='/accounts/{oid}/management/accounts',
        ),
        (
            Scope.ADMIN_ACCOUNTS,
            Scope.READ_ACCOUNTS,
        ),
        EndpointDoc(
            title='Accounts collection',
            doc_url='https://docs.dintero.com/management-auth-api/accounts/aid_mgmnt_accounts_get',
            names=(
                'Accounts collection',
                'aid_mgmnt_accounts_get',
            ),
            pages=(
                'https://docs.dintero.com/management-auth-api/accounts/aid_mgmnt_accounts_get',
                'https://docs.dintero.com/partners/accounts/aid_mgmnt_accounts_get',
            ),
        ),
    ),
    (
        Endpoint(
            method='POST',
            server='https://api.dintero.com/v1',
            path='/accounts/{oid}/management/accounts',
        ),
        (
            Scope.ADMIN_ACCOUNTS,
            Scope.WRITE_ACCOUNTS,
        ),
        EndpointDoc(
            title='Create management',
            doc_url='https://docs.dintero.com/api-reference/auth/aid_mgmnt_accounts_post',
            names=(
                'Create management',
                'aid_mgmnt_accounts_post',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/auth/aid_mgmnt_accounts_post',
            ),
        ),
    ),
    (
        Endpoint(
            method='DELETE',
            server='https://api.dintero.com/v1',
            path='/accounts/{oid}/management/accounts/{aid}',
        ),
        (
            Scope.ADMIN_ACCOUNTS,
            Scope.WRITE_ACCOUNTS,
        ),
        EndpointDoc(
            title='Delete management',
            doc_url='https://docs.dintero.com/api-reference/auth/aid_mgmnt_accounts_aid_delete',
            names=(
                'Delete management',
                'aid_mgmnt_accounts_aid_delete',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/auth/aid_mgmnt_accounts_aid_delete',
            ),
        ),
    ),
    (
        Endpoint(
            method='GET',
            server='https://api.dintero.com/v1',
            path='/accounts/{oid}/management/accounts/{aid}',
        ),
        (
            Scope.ADMIN_ACCOUNTS,
            Scope.READ_ACCOUNTS,
        ),
        EndpointDoc(
            title='Get management',
            doc_url='https://docs.dintero.com/api-reference/auth/aid_accounts_aid_get',
            names=(
                'Get management',
                'aid_accounts_aid_get',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/auth/aid_accounts_aid_get',
            ),
        ),
    ),
    (
        Endpoint(
            method='PUT',
            server='https://api.dintero.com/v1',
            path='/accounts/{oid}/management/accounts/{aid}',
        ),
        (
            Scope.ADMIN_ACCOUNTS,
            Scope.WRITE_ACCOUNTS,
        ),
        EndpointDoc(
            title='Update management',
            doc_url='https://docs.dintero.com/api-reference/auth/aid_accounts_aid_put',
            names=(
                'Update management',
                'aid_accounts_aid_put',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/auth/aid_accounts_aid_put',
            ),
        ),
    ),
    (
        Endpoint(
            method='POST',
            server='https://api.dintero.com/v1',
            path='/accounts/{oid}/management/accounts/{aid}/connections/{connection}/events',
        ),
        (
            Scope.ADMIN_ACCOUNTS,
            Scope.WRITE_ACCOUNTS,
        ),
        EndpointDoc(
            title='Create connections events',
            doc_url='https://docs.dintero.com/api-reference/auth/aid_accounts_aid_connections_events_post',
            names=(
                'Create connections events',
                'aid_accounts_aid_connections_events_post',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/auth/aid_accounts_aid_connections_events_post',
            ),
        ),
    ),
    (
        Endpoint(
            method='GET',
            server='https://api.dintero.com/v1',
            path='/accounts/{oid}/management/accounts/{aid}/events',
        ),
        (
            Scope.ADMIN_ACCOUNTS,
            Scope.READ_ACCOUNTS,
        ),
        EndpointDoc(
            title='List management events',
            doc_url='https://docs.dintero.com/api-reference/auth/aid_mgmnt_accounts_events_get',
            names=(
                'List management events',
                'aid_mgmnt_accounts_events_get',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/auth/aid_mgmnt_accounts_events_get',
            ),
        ),
    ),
    (
        Endpoint(
            method='POST',
            server='https://api.dintero.com/v1',
            path='/accounts/{oid}/management/accounts/{aid}/events',
        ),
        (
            Scope.ADMIN_ACCOUNTS,
            Scope.WRITE_ACCOUNTS,
        ),
        EndpointDoc(
            title='Create management events',
            doc_url='https://docs.dintero.com/api-reference/auth/aid_mgmnt_accounts_events_post',
            names=(
                'Create management events',
                'aid_mgmnt_accounts_events_post',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/auth/aid_mgmnt_accounts_events_post',
            ),
        ),
    ),
    (
        Endpoint(
            method='GET',
            server='https://api.dintero.com/v1',
            path='/accounts/{oid}/management/users',
        ),
        (
            Scope.ADMIN_ACCOUNTS,
            Scope.READ_ACCOUNTS,
        ),
        EndpointDoc(
            title='List management users',
            doc_url='https://docs.dintero.com/api-reference/auth/aid_accounts_aid_mgmnt_users_get',
            names=(
                'List management users',
                'aid_accounts_aid_mgmnt_users_get',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/auth/aid_accounts_aid_mgmnt_users_get',
            ),
        ),
    ),
    (
        Endpoint(
            method='POST',
            server='https://api.dintero.com/v1',
            path='/accounts/{oid}/management/users',
        ),
        (
            Scope.ADMIN_ACCOUNTS,
            Scope.WRITE_ACCOUNTS,
        ),
        EndpointDoc(
            title='Create management users',
            doc_url='https://docs.dintero.com/api-reference/auth/aid_accounts_aid_mgmnt_users_post',
            names=(
                'Create management users',
                'aid_accounts_aid_mgmnt_users_post',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/auth/aid_accounts_aid_mgmnt_users_post',
            ),
        ),
    ),
    (
        Endpoint(
            method='DELETE',
            server='https://api.dintero.com/v1',
            path='/accounts/{oid}/management/users/{uid}',
        ),
        (
            Scope.ADMIN_ACCOUNTS,
            Scope.WRITE_ACCOUNTS,
        ),
        EndpointDoc(
            title='Delete management users',
            doc_url='https://docs.dintero.com/api-reference/auth/aid_accounts_aid_mgmnt_users_delete',
            names=(
                'Delete management users',
                'aid_accounts_aid_mgmnt_users_delete',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/auth/aid_accounts_aid_mgmnt_users_delete',
            ),
        ),
    ),
    (
        Endpoint(
            method='PUT',
            server='https://api.dintero.com/v1',
            path='/accounts/{oid}/management/users/{uid}',
        ),
        (
            Scope.ADMIN_ACCOUNTS,
            Scope.WRITE_ACCOUNTS,
        ),
        EndpointDoc(
            title='Update management users',
            doc_url='https://docs.dintero.com/api-reference/auth/aid_accounts_aid_mgmnt_users_put',
            names=(
                'Update management users',
                'aid_accounts_aid_mgmnt_users_put',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/auth/aid_accounts_aid_mgmnt_users_put',
            ),
        ),
    ),
    (
        Endpoint(
            method='GET',
            server='https://api.dintero.com/v1',
            path='/accounts/{oid}/management/users/{uid}/activities',
        ),
        (
            Scope.ADMIN_ACCOUNTS,
            Scope.READ_ACCOUNTS,
        ),
        EndpointDoc(
            title='List users activities',
            doc_url='https://docs.dintero.com/api-reference/auth/aid_accounts_aid_mgmnt_users_activities_get',
            names=(
                'List users activities',
                'aid_accounts_aid_mgmnt_users_activities_get',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/auth/aid_accounts_aid_mgmnt_users_activities_get',
            ),
        ),
    ),
    (
        Endpoint(
            method='POST',
            server='https://api.dintero.com/v1',
            path='/accounts/{oid}/payout-destinations',
        ),
        (
            Scope.ADMIN_ACCOUNTS,
            Scope.WRITE_ACCOUNTS,
            Scope.WRITE_ACCOUNTS_MANAGEMENT_SETTINGS_APPROVALS,
        ),
        EndpointDoc(
            title='aid_mgmnt_payout_destinations_post',
            doc_url='https://docs.dintero.com/management-auth-api/payout-destinations/aid_mgmnt_payout_destinations_post',
            names=(
                'aid_mgmnt_payout_destinations_post',
            ),
            pages=(
                'https://docs.dintero.com/management-auth-api/payout-destinations/aid_mgmnt_payout_destinations_post',
            ),
        ),
    ),
    (
        Endpoint(
            method='POST',
            server='https://api.dintero.com/v1',
            path='/accounts/{oid}/signup',
        ),
        (
            Scope.CREATE_ACCOUNT,
        ),
        EndpointDoc(
            title='Create signup',
            doc_url='https://docs.dintero.com/api-reference/auth/accounts_oid_signup_post',
            names=(
                'Create signup',
                'accounts_oid_signup_post',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/auth/accounts_oid_signup_post',
            ),
        ),
    ),
    (
        Endpoint(
            method='POST',
            server='https://api.dintero.com/v1',
            path='/accounts/{oid}/signup/prefill',
        ),
        (
            Scope.CREATE_APPLICANT,
        ),
        EndpointDoc(
            title='Create signup prefill',
            doc_url='https://docs.dintero.com/api-reference/auth/accounts_oid_signup_prefill_post',
            names=(
                'Create signup prefill',
                'accounts_oid_signup_prefill_post',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/auth/accounts_oid_signup_prefill_post',
            ),
        ),
    ),
    (
        Endpoint(
            method='GET',
            server='https://api.dintero.com/v1',
            path='/accounts/{oid}/signup/prefill/{prefill_id}',
        ),
        (
            Scope.CREATE_ACCOUNT,
        ),
        EndpointDoc(
            title='Get signup prefill',
            doc_url='https://docs.dintero.com/api-reference/auth/accounts_oid_signup_prefill_get',
            names=(
                'Get signup prefill',
                'accounts_oid_signup_prefill_get',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/auth/accounts_oid_signup_prefill_get',
            ),
        ),
    ),
    (
        Endpoint(
            method='POST',
            server='https://api.dintero.com/v1',
            path='/accounts/{oid}/signup/prefill/{prefill_id}',
        ),
        (
            Scope.CREATE_ACCOUNT,
        ),
        EndpointDoc(
            title='Create signup prefill',
            doc_url='https://docs.dintero.com/api-reference/auth/accounts_oid_signup_prefill_accept_post',
            names=(
                'Create signup prefill',
                'accounts_oid_signup_prefill_accept_post',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/auth/accounts_oid_signup_prefill_accept_post',
            ),
        ),
    ),
    (
        Endpoint(
            method='POST',
            server='https://api.dintero.com/v1',
            path='/accounts/{oid}/signup/verify',
        ),
        (
            Scope.CREATE_ACCOUNT,
        ),
        EndpointDoc(
            title='Create signup verify',
            doc_url='https://docs.dintero.com/api-reference/auth/accounts_oid_signup_verify_post',
            names=(
                'Create signup verify',
                'accounts_oid_signup_verify_post',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/auth/accounts_oid_signup_verify_post',
            ),
        ),
    ),
    (
        Endpoint(
            method='POST',
            server='https://api.dintero.com/v1',
            path='/accounts/{partner_id}/auth/exchange_token',
        ),
        (
            Scope.ADMIN_ACCOUNTS,
            Scope.READ_ACCOUNTS,
        ),
        EndpointDoc(
            title='Exchange Token',
            doc_url='https://docs.dintero.com/management-auth-api/authenticate/aid_auths_oauth_exchange_token_post',
            names=(
                'Exchange Token',
                'aid_auths_oauth_exchange_token_post',
            ),
            pages=(
                'https://docs.dintero.com/management-auth-api/authenticate/aid_auths_oauth_exchange_token_post',
                'https://docs.dintero.com/partners/authenticate/aid_auths_oauth_exchange_token_post',
            ),
        ),
    ),
    (
        Endpoint(
            method='POST',
            server='https://api.dintero.com/v1',
            path='/examples/approval_payout_destination_delete',
        ),
        (),
        EndpointDoc(
            title='Create examples approval payout destination delete',
            doc_url='https://docs.dintero.com/api-reference/webhooks/create-examples-approval-payout-destination-delete',
            names=(
                'Create examples approval payout destination delete',
                'example_approval_payout_destination_update_delete',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/webhooks/create-examples-approval-payout-destination-delete',
            ),
        ),
    ),
    (
        Endpoint(
            method='POST',
            server='https://api.dintero.com/v1',
            path='/examples/approval_payout_destination_update',
        ),
        (),
        EndpointDoc(
            title='Create examples approval payout destination update',
            doc_url='https://docs.dintero.com/api-reference/webhooks/create-examples-approval-payout-destination-update',
            names=(
                'Create examples approval payout destination update',
                'example_approval_payout_destination_update_event',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/webhooks/create-examples-approval-payout-destination-update',
            ),
        ),
    ),
    (
        Endpoint(
            method='POST',
            server='https://api.dintero.com/v1',
            path='/examples/checkout_token',
        ),
        (),
        EndpointDoc(
            title='checkout_token_*',
            doc_url='https://docs.dintero.com/api-reference/example-checkout-events/checkout_token_*',
            names=(
                'checkout_token_*',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/example-checkout-events/checkout_token_*',
            ),
        ),
    ),
    (
        Endpoint(
            method='POST',
            server='https://api.dintero.com/v1',
            path='/examples/checkout_transaction',
        ),
        (),
        EndpointDoc(
            title='Create examples checkout transaction',
            doc_url='https://docs.dintero.com/api-reference/example-checkout-events/checkout_transaction',
            names=(
                'Create examples checkout transaction',
                'checkout_transaction',
                'example_checkout_transaction_event',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/example-checkout-events/checkout_transaction',
                'https://docs.dintero.com/api-reference/webhooks/create-examples-checkout-transaction',
            ),
        ),
    ),
    (
        Endpoint(
            method='POST',
            server='https://checkout.dintero.com/v1',
            path='/accounts/{aid}/settlements/reports/generate-test-report',
        ),
        (
            Scope.ADMIN_BILLING,
            Scope.ADMIN_REPORTS,
        ),
        EndpointDoc(
            title='Create reports generate test report',
            doc_url='https://docs.dintero.com/api-reference/payments/create-reports-generate-test-report',
            names=(
                'Create reports generate test report',
                'aid_settlement_generate_test_report',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/payments/create-reports-generate-test-report',
            ),
        ),
    ),
    (
        Endpoint(
            method='POST',
            server='https://checkout.dintero.com/v1',
            path='/accounts/{oid}/auth/token',
        ),
        (
            Scope.ADMIN_ACCOUNTS,
            Scope.WRITE_ACCOUNTS,
            Scope.WRITE_ACCOUNTS_AUTH_USERS,
            Scope.WRITE_ACCOUNTS_AUTH_USERS_NO_MFA,
        ),
        EndpointDoc(
            title='Get Token',
            doc_url='https://docs.dintero.com/api-reference/authenticate/get-token',
            names=(
                'Get Token',
                'aid_auths_oauth_token_post',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/authenticate/get-token',
                'https://docs.dintero.com/api-reference/payments/get-token',
            ),
            client_auth=True,
        ),
    ),
    (
        Endpoint(
            method='GET',
            server='https://checkout.dintero.com/v1',
            path='/admin/api-keys',
        ),
        (
            Scope.ADMIN_CHECKOUT,
        ),
        EndpointDoc(
            title='List admin api keys',
            doc_url='https://docs.dintero.com/api-reference/checkout/list-admin-api-keys',
            names=(
                'List admin api keys',
                'admin_api_keys_get',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/checkout/list-admin-api-keys',
                'https://docs.dintero.com/checkout-api/api-keys/admin_api_keys_get',
            ),
        ),
    ),
    (
        Endpoint(
            method='POST',
            server='https://checkout.dintero.com/v1',
            path='/admin/api-keys',
        ),
        (
            Scope.ADMIN_CHECKOUT,
        ),
        EndpointDoc(
            title='Create admin api keys',
            doc_url='https://docs.dintero.com/api-reference/checkout/create-admin-api-keys',
            names=(
                'Create admin api keys',
                'admin_api_keys_post',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/checkout/create-admin-api-keys',
                'https://docs.dintero.com/checkout-api/api-keys/admin_api_keys_post',
            ),
        ),
    ),
    (
        Endpoint(
            method='DELETE',
            server='https://checkout.dintero.com/v1',
            path='/admin/api-keys/{api_key_id}',
        ),
        (
            Scope.ADMIN_CHECKOUT,
        ),
        EndpointDoc(
            title='Delete admin api keys',
            doc_url='https://docs.dintero.com/api-reference/checkout/delete-admin-api-keys',
            names=(
                'Delete admin api keys',
                'admin_parameters_api_key_delete',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/checkout/delete-admin-api-keys',
            ),
        ),
    ),
    (
        Endpoint(
            method='POST',
            server='https://checkout.dintero.com/v1',
            path='/admin/api-keys/{api_key_id}/rotate-api-key',
        ),
        (
            Scope.ADMIN_CHECKOUT,
        ),
        EndpointDoc(
            title='Rotate api key api keys',
            doc_url='https://docs.dintero.com/api-reference/checkout/rotate-api-key-api-keys',
            names=(
                'Rotate api key api keys',
                'admin_api_keys_api_key_id_rotate_post',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/checkout/rotate-api-key-api-keys',
            ),
        ),
    ),
    (
        Endpoint(
            method='GET',
            server='https://checkout.dintero.com/v1',
            path='/admin/checkout',
        ),
        (
            Scope.ADMIN_CHECKOUT,
            Scope.READ_CHECKOUT,
        ),
        EndpointDoc(
            title='List admin checkout',
            doc_url='https://docs.dintero.com/api-reference/checkout/list-admin-checkout',
            names=(
                'List admin checkout',
                'admin_checkout_id_get',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/checkout/list-admin-checkout',
            ),
        ),
    ),
    (
        Endpoint(
            method='PUT',
            server='https://checkout.dintero.com/v1',
            path='/admin/checkout',
        ),
        (
            Scope.ADMIN_CHECKOUT,
        ),
        EndpointDoc(
            title='Update admin checkout',
            doc_url='https://docs.dintero.com/api-reference/checkout/update-admin-checkout',
            names=(
                'Update admin checkout',
                'admin_checkout_id_put',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/checkout/update-admin-checkout',
            ),
        ),
    ),
    (
        Endpoint(
            method='PUT',
            server='https://checkout.dintero.com/v1',
            path='/admin/gateways/bambora',
        ),
        (
            Scope.ADMIN_DINTERO,
        ),
        EndpointDoc(
            title='Update gateways bambora',
            doc_url='https://docs.dintero.com/api-reference/checkout/update-gateways-bambora',
            names=(
                'Update gateways bambora',
                'admin_checkout_id_gw_bambora_put',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/checkout/update-gateways-bambora',
            ),
        ),
    ),
    (
        Endpoint(
            method='PUT',
            server='https://checkout.dintero.com/v1',
            path='/admin/gateways/collector',
        ),
        (
            Scope.ADMIN_DINTERO,
        ),
        EndpointDoc(
            title='Update gateways collector',
            doc_url='https://docs.dintero.com/api-reference/checkout/update-gateways-collector',
            names=(
                'Update gateways collector',
                'admin_checkout_id_gw_collector_put',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/checkout/update-gateways-collector',
            ),
        ),
    ),
    (
        Endpoint(
            method='PUT',
            server='https://checkout.dintero.com/v1',
            path='/admin/gateways/collector/credentials',
        ),
        (
            Scope.ADMIN_DINTERO,
        ),
        EndpointDoc(
            title='Update collector credentials',
            doc_url='https://docs.dintero.com/api-reference/checkout/update-collector-credentials',
            names=(
                'Update collector credentials',
                'admin_gateways_collector_credentials_put',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/checkout/update-collector-credentials',
            ),
        ),
    ),
    (
        Endpoint(
            method='PUT',
            server='https://checkout.dintero.com/v1',
            path='/admin/gateways/collector/override',
        ),
        (
            Scope.ADMIN_DINTERO,
        ),
        EndpointDoc(
            title='Update collector override',
            doc_url='https://docs.dintero.com/api-reference/checkout/update-collector-override',
            names=(
                'Update collector override',
                'admin_checkout_id_gw_override_collector_put',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/checkout/update-collector-override',
            ),
        ),
    ),
    (
        Endpoint(
            method='PUT',
            server='https://checkout.dintero.com/v1',
            path='/admin/gateways/dintero_psp',
        ),
        (
            Scope.ADMIN_DINTERO,
        ),
        EndpointDoc(
            title='Update gateways dintero psp',
            doc_url='https://docs.dintero.com/api-reference/checkout/update-gateways-dintero-psp',
            names=(
                'Update gateways dintero psp',
                'admin_checkout_id_gw_psp_put',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/checkout/update-gateways-dintero-psp',
            ),
        ),
    ),
    (
        Endpoint(
            method='PUT',
            server='https://checkout.dintero.com/v1',
            path='/admin/gateways/instabank',
        ),
        (
            Scope.ADMIN_DINTERO,
        ),
        EndpointDoc(
            title='Update gateways instabank',
            doc_url='https://docs.dintero.com/api-reference/checkout/update-gateways-instabank',
            names=(
                'Update gateways instabank',
                'admin_checkout_id_gw_instabank_put',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/checkout/update-gateways-instabank',
            ),
        ),
    ),
    (
        Endpoint(
            method='PUT',
            server='https://checkout.dintero.com/v1',
            path='/admin/gateways/klarna',
        ),
        (
            Scope.ADMIN_DINTERO,
        ),
        EndpointDoc(
            title='Update gateways klarna',
            doc_url='https://docs.dintero.com/api-reference/checkout/update-gateways-klarna',
            names=(
                'Update gateways klarna',
                'admin_checkout_id_gw_klarna_put',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/checkout/update-gateways-klarna',
            ),
        ),
    ),
    (
        Endpoint(
            method='PUT',
            server='https://checkout.dintero.com/v1',
            path='/admin/gateways/klarna/credentials',
        ),
        (
            Scope.ADMIN_DINTERO,
        ),
        EndpointDoc(
            title='Update klarna credentials',
            doc_url='https://docs.dintero.com/api-reference/checkout/update-klarna-credentials',
            names=(
                'Update klarna credentials',
                'admin_gateways_klarna_credentials_put',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/checkout/update-klarna-credentials',
            ),
        ),
    ),
    (
        Endpoint(
            method='PUT',
            server='https://checkout.dintero.com/v1',
            path='/admin/gateways/netaxept',
        ),
        (
            Scope.ADMIN_DINTERO,
        ),
        EndpointDoc(
            title='Update gateways netaxept',
            doc_url='https://docs.dintero.com/api-reference/checkout/update-gateways-netaxept',
            names=(
                'Update gateways netaxept',
                'admin_checkout_id_gw_netaxept_put',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/checkout/update-gateways-netaxept',
            ),
        ),
    ),
    (
        Endpoint(
            method='PUT',
            server='https://checkout.dintero.com/v1',
            path='/admin/gateways/netaxept/override',
        ),
        (
            Scope.ADMIN_DINTERO,
        ),
        EndpointDoc(
            title='Update netaxept override',
            doc_url='https://docs.dintero.com/api-reference/checkout/update-netaxept-override',
            names=(
                'Update netaxept override',
                'admin_checkout_id_gw_override_netaxept_put',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/checkout/update-netaxept-override',
            ),
        ),
    ),
    (
        Endpoint(
            method='PUT',
            server='https://checkout.dintero.com/v1',
            path='/admin/gateways/payex',
        ),
        (
            Scope.ADMIN_DINTERO,
        ),
        EndpointDoc(
            title='Update gateways payex',
            doc_url='https://docs.dintero.com/api-reference/checkout/update-gateways-payex',
            names=(
                'Update gateways payex',
                'admin_checkout_id_gw_payex_put',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/checkout/update-gateways-payex',
            ),
        ),
    ),
    (
        Endpoint(
            method='PUT',
            server='https://checkout.dintero.com/v1',
            path='/admin/gateways/payex/credentials',
        ),
        (
            Scope.ADMIN_DINTERO,
        ),
        EndpointDoc(
            title='Update payex credentials',
            doc_url='https://docs.dintero.com/api-reference/checkout/update-payex-credentials',
            names=(
                'Update payex credentials',
                'admin_gateways_payex_credentials_put',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/checkout/update-payex-credentials',
            ),
        ),
    ),
    (
        Endpoint(
            method='PUT',
            server='https://checkout.dintero.com/v1',
            path='/admin/gateways/payex/override',
        ),
        (
            Scope.ADMIN_DINTERO,
        ),
        EndpointDoc(
            title='Update payex override',
            doc_url='https://docs.dintero.com/api-reference/checkout/update-payex-override',
            names=(
                'Update payex override',
                'admin_checkout_id_gw_override_payex_put',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/checkout/update-payex-override',
            ),
        ),
    ),
    (
        Endpoint(
            method='PUT',
            server='https://checkout.dintero.com/v1',
            path='/admin/gateways/santander',
        ),
        (
            Scope.ADMIN_DINTERO,
        ),
        EndpointDoc(
            title='Update gateways santander',
            doc_url='https://docs.dintero.com/api-reference/checkout/update-gateways-santander',
            names=(
                'Update gateways santander',
                'admin_checkout_id_gw_santander_put',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/checkout/update-gateways-santander',
            ),
        ),
    ),
    (
        Endpoint(
            method='PUT',
            server='https://checkout.dintero.com/v1',
            path='/admin/gateways/santander/override',
        ),
        (
            Scope.ADMIN_DINTERO,
        ),
        EndpointDoc(
            title='Update santander override',
            doc_url='https://docs.dintero.com/api-reference/checkout/update-santander-override',
            names=(
                'Update santander override',
                'admin_checkout_id_gw_override_santander_put',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/checkout/update-santander-override',
            ),
        ),
    ),
    (
        Endpoint(
            method='PUT',
            server='https://checkout.dintero.com/v1',
            path='/admin/gateways/swish',
        ),
        (
            Scope.ADMIN_DINTERO,
        ),
        EndpointDoc(
            title='Update gateways swish',
            doc_url='https://docs.dintero.com/api-reference/checkout/update-gateways-swish',
            names=(
                'Update gateways swish',
                'admin_checkout_id_gw_swish_put',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/checkout/update-gateways-swish',
            ),
        ),
    ),
    (
        Endpoint(
            method='PUT',
            server='https://checkout.dintero.com/v1',
            path='/admin/gateways/swish/override',
        ),
        (
            Scope.ADMIN_DINTERO,
        ),
        EndpointDoc(
            title='Update swish override',
            doc_url='https://docs.dintero.com/api-reference/checkout/update-swish-override',
            names=(
                'Update swish override',
                'admin_checkout_id_gw_override_swish_put',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/checkout/update-swish-override',
            ),
        ),
    ),
    (
        Endpoint(
            method='PUT',
            server='https://checkout.dintero.com/v1',
            path='/admin/gateways/vipps',
        ),
        (
            Scope.ADMIN_DINTERO,
        ),
        EndpointDoc(
            title='Update gateways vipps',
            doc_url='https://docs.dintero.com/api-reference/checkout/update-gateways-vipps',
            names=(
                'Update gateways vipps',
                'admin_checkout_id_gw_vipps_put',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/checkout/update-gateways-vipps',
            ),
        ),
    ),
    (
        Endpoint(
            method='PUT',
            server='https://checkout.dintero.com/v1',
            path='/admin/gateways/vipps/override',
        ),
        (
            Scope.ADMIN_DINTERO,
        ),
        EndpointDoc(
            title='Update vipps override',
            doc_url='https://docs.dintero.com/api-reference/checkout/update-vipps-override',
            names=(
                'Update vipps override',
                'admin_checkout_id_gw_override_vipps_put',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/checkout/update-vipps-override',
            ),
        ),
    ),
    (
        Endpoint(
            method='POST',
            server='https://checkout.dintero.com/v1',
            path='/admin/gateways/{gateway}/status',
        ),
        (
            Scope.ADMIN_CHECKOUT,
        ),
        EndpointDoc(
            title='Create gateways status',
            doc_url='https://docs.dintero.com/api-reference/checkout/create-gateways-status',
            names=(
                'Create gateways status',
                'admin_checkout_gw_type_status_post',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/checkout/create-gateways-status',
            ),
        ),
    ),
    (
        Endpoint(
            method='GET',
            server='https://checkout.dintero.com/v1',
            path='/admin/session/profiles',
        ),
        (
            Scope.ADMIN_CHECKOUT,
        ),
        EndpointDoc(
            title='List session profiles',
            doc_url='https://docs.dintero.com/api-reference/checkout/list-session-profiles',
            names=(
                'List session profiles',
                'admin_session_profile_get',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/checkout/list-session-profiles',
                'https://docs.dintero.com/checkout-api/profiles/admin_session_profile_get',
            ),
        ),
    ),
    (
        Endpoint(
            method='POST',
            server='https://checkout.dintero.com/v1',
            path='/admin/session/profiles',
        ),
        (
            Scope.ADMIN_CHECKOUT,
            Scope.READ_CHECKOUT,
        ),
        EndpointDoc(
            title='Create session profiles',
            doc_url='https://docs.dintero.com/api-reference/checkout/create-session-profiles',
            names=(
                'Create session profiles',
                'admin_session_profile_post',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/checkout/create-session-profiles',
            ),
        ),
    ),
    (
        Endpoint(
            method='DELETE',
            server='https://checkout.dintero.com/v1',
            path='/admin/session/profiles/{profile_id}',
        ),
        (
            Scope.ADMIN_CHECKOUT,
        ),
        EndpointDoc(
            title='Delete session profiles',
            doc_url='https://docs.dintero.com/api-reference/checkout/delete-session-profiles',
            names=(
                'Delete session profiles',
                'admin_session_profile_details_delete',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/checkout/delete-session-profiles',
                'https://docs.dintero.com/checkout-api/profiles/admin_session_profile_details_delete',
            ),
        ),
    ),
    (
        Endpoint(
            method='GET',
            server='https://checkout.dintero.com/v1',
            path='/admin/session/profiles/{profile_id}',
        ),
        (
            Scope.ADMIN_CHECKOUT,
            Scope.READ_CHECKOUT,
        ),
        EndpointDoc(
            title='Get session profiles',
            doc_url='https://docs.dintero.com/api-reference/checkout/get-session-profiles',
            names=(
                'Get session profiles',
                'admin_session_profile_details_get',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/checkout/get-session-profiles',
                'https://docs.dintero.com/checkout-api/profiles/admin_session_profile_details_get',
            ),
        ),
    ),
    (
        Endpoint(
            method='PUT',
            server='https://checkout.dintero.com/v1',
            path='/admin/session/profiles/{profile_id}',
        ),
        (
            Scope.ADMIN_CHECKOUT,
        ),
        EndpointDoc(
            title='Update session profiles',
            doc_url='https://docs.dintero.com/api-reference/checkout/update-session-profiles',
            names=(
                'Update session profiles',
                'admin_session_profile_details_put',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/checkout/update-session-profiles',
            ),
        ),
    ),
    (
        Endpoint(
            method='GET',
            server='https://checkout.dintero.com/v1',
            path='/admin/signature',
        ),
        (
            Scope.ADMIN_CHECKOUT,
            Scope.READ_CHECKOUT,
        ),
        EndpointDoc(
            title='List admin signature',
            doc_url='https://docs.dintero.com/api-reference/checkout/list-admin-signature',
            names=(
                'List admin signature',
                'admin_signature_get',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/checkout/list-admin-signature',
                'https://docs.dintero.com/checkout-api/secrets/admin_signature_get',
            ),
        ),
    ),
    (
        Endpoint(
            method='POST',
            server='https://checkout.dintero.com/v1',
            path='/admin/signature',
        ),
        (
            Scope.ADMIN_CHECKOUT,
            Scope.WRITE_CHECKOUT,
        ),
        EndpointDoc(
            title='Create admin signature',
            doc_url='https://docs.dintero.com/api-reference/checkout/create-admin-signature',
            names=(
                'Create admin signature',
                'admin_signature_post',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/checkout/create-admin-signature',
            ),
        ),
    ),
    (
        Endpoint(
            method='GET',
            server='https://checkout.dintero.com/v1',
            path='/branding/logos/{logos}/variant/{variant}/color/{color}/width/{width}/{template}',
        ),
        (),
        EndpointDoc(
            title='Get color width',
            doc_url='https://docs.dintero.com/api-reference/checkout/branding_logoframe',
            names=(
                'Get color width',
                'Get payment logos image',
                'branding_logoframe',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/checkout/branding_logoframe',
                'https://docs.dintero.com/api-reference/payments/get-payment-logos-image',
            ),
        ),
    ),
    (
        Endpoint(
            method='GET',
            server='https://checkout.dintero.com/v1',
            path='/branding/profiles/{profile_id}/variant/{variant}/color/{color}/width/{width}/{template}',
        ),
        (),
        EndpointDoc(
            title='Get color width',
            doc_url='https://docs.dintero.com/api-reference/checkout/branding_profile',
            names=(
                'Get checkout profile image',
                'Get color width',
                'branding_profile',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/checkout/branding_profile',
                'https://docs.dintero.com/api-reference/payments/get-checkout-profile-image',
            ),
        ),
    ),
    (
        Endpoint(
            method='GET',
            server='https://checkout.dintero.com/v1',
            path='/callbacks/collector/antifraud',
        ),
        (),
        EndpointDoc(
            title='List collector antifraud',
            doc_url='https://docs.dintero.com/api-reference/checkout/list-collector-antifraud',
            names=(
                'List collector antifraud',
                'checkout_sid_collector_callback_post',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/checkout/list-collector-antifraud',
            ),
        ),
    ),
    (
        Endpoint(
            method='GET',
            server='https://checkout.dintero.com/v1',
            path='/card-tokens',
        ),
        (),
        EndpointDoc(
            title='List card tokens',
            doc_url='https://docs.dintero.com/api-reference/card-tokens/list-card-tokens',
            names=(
                'List card tokens',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/card-tokens/list-card-tokens',
            ),
        ),
    ),
    (
        Endpoint(
            method='POST',
            server='https://checkout.dintero.com/v1',
            path='/creditchecks',
        ),
        (
            Scope.ADMIN_CHECKOUT,
            Scope.WRITE_CHECKOUT,
        ),
        EndpointDoc(
            title='Create creditchecks',
            doc_url='https://docs.dintero.com/api-reference/checkout/create-creditchecks',
            names=(
                'Create creditchecks',
                'creditchecks_post',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/checkout/create-creditchecks',
            ),
        ),
    ),
    (
        Endpoint(
            method='GET',
            server='https://checkout.dintero.com/v1',
            path='/events/gateways/collector/idp/signin',
        ),
        (),
        EndpointDoc(
            title='List idp signin',
            doc_url='https://docs.dintero.com/api-reference/checkout/list-idp-signin',
            names=(
                'List idp signin',
                'checkout_collector_idp_signin_get',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/checkout/list-idp-signin',
            ),
        ),
    ),
    (
        Endpoint(
            method='GET',
            server='https://checkout.dintero.com/v1',
            path='/events/gateways/collector/idp/signin/test',
        ),
        (),
        EndpointDoc(
            title='List signin test',
            doc_url='https://docs.dintero.com/api-reference/checkout/list-signin-test',
            names=(
                'List signin test',
                'checkout_collector_idp_signin_test_get',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/checkout/list-signin-test',
            ),
        ),
    ),
    (
        Endpoint(
            method='POST',
            server='https://checkout.dintero.com/v1',
            path='/events/gateways/netaxept/transaction/hooks',
        ),
        (),
        EndpointDoc(
            title='Create transaction hooks',
            doc_url='https://docs.dintero.com/api-reference/checkout/create-transaction-hooks',
            names=(
                'Create transaction hooks',
                'checkout_netaxept_webhooks_post',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/checkout/create-transaction-hooks',
            ),
        ),
    ),
    (
        Endpoint(
            method='POST',
            server='https://checkout.dintero.com/v1',
            path='/events/gateways/swish/transaction/payment/{session_id}/{callback_ref}',
        ),
        (),
        EndpointDoc(
            title='Create transaction payment',
            doc_url='https://docs.dintero.com/api-reference/checkout/create-transaction-payment',
            names=(
                'Create transaction payment',
                'checkout_swish_payment_callback_post',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/checkout/create-transaction-payment',
            ),
        ),
    ),
    (
        Endpoint(
            method='POST',
            server='https://checkout.dintero.com/v1',
            path='/events/gateways/swish/transaction/refund/{id}/{callback_ref}',
        ),
        (),
        EndpointDoc(
            title='Create transaction refund',
            doc_url='https://docs.dintero.com/api-reference/checkout/create-transaction-refund',
            names=(
                'Create transaction refund',
                'checkout_swish_refund_callback_post',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/checkout/create-transaction-refund',
                'https://docs.dintero.com/checkout-api/swish/checkout_swish_refund_callback_post',
            ),
        ),
    ),
    (
        Endpoint(
            method='POST',
            server='https://checkout.dintero.com/v1',
            path='/events/transaction/{intent}',
        ),
        (
            Scope.ADMIN_CHECKOUT,
        ),
        EndpointDoc(
            title='Create events transaction',
            doc_url='https://docs.dintero.com/api-reference/checkout/create-events-transaction',
            names=(
                'Create events transaction',
                'events_transaction_post',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/checkout/create-events-transaction',
            ),
        ),
    ),
    (
        Endpoint(
            method='POST',
            server='https://checkout.dintero.com/v1',
            path='/examples/discount_code_callback_url',
        ),
        (),
        EndpointDoc(
            title='Create examples discount code callback url',
            doc_url='https://docs.dintero.com/api-reference/checkout/create-examples-discount-code-callback-url',
            names=(
                'Create examples discount code callback url',
                'Discount codes Update',
                'example_discount_codes_callback_url',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/checkout/create-examples-discount-code-callback-url',
                'https://docs.dintero.com/api-reference/payments/discount-codes-update',
            ),
        ),
    ),
    (
        Endpoint(
            method='GET',
            server='https://checkout.dintero.com/v1',
            path='/examples/session_url_callback',
        ),
        (),
        EndpointDoc(
            title='List examples session url callback',
            doc_url='https://docs.dintero.com/api-reference/checkout/list-examples-session-url-callback',
            names=(
                'List examples session url callback',
                'Session Callback',
                'example_session_get_callback_url',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/checkout/list-examples-session-url-callback',
                'https://docs.dintero.com/api-reference/payments/example_session_get_callback_url',
            ),
        ),
    ),
    (
        Endpoint(
            method='POST',
            server='https://checkout.dintero.com/v1',
            path='/examples/session_url_callback',
        ),
        (),
        EndpointDoc(
            title='Create examples session url callback',
            doc_url='https://docs.dintero.com/api-reference/checkout/create-examples-session-url-callback',
            names=(
                'Create examples session url callback',
                'Session Callback',
                'example_session_post_callback_url',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/checkout/create-examples-session-url-callback',
                'https://docs.dintero.com/api-reference/payments/example_session_post_callback_url',
            ),
        ),
    ),
    (
        Endpoint(
            method='POST',
            server='https://checkout.dintero.com/v1',
            path='/examples/shipping_address_callback_url',
        ),
        (),
        EndpointDoc(
            title='Create examples shipping address callback url',
            doc_url='https://docs.dintero.com/api-reference/checkout/create-examples-shipping-address-callback-url',
            names=(
                'Address Update',
                'Create examples shipping address callback url',
                'example_shipping_address_callback_url',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/checkout/create-examples-shipping-address-callback-url',
                'https://docs.dintero.com/api-reference/payments/address-update',
            ),
        ),
    ),
    (
        Endpoint(
            method='GET',
            server='https://checkout.dintero.com/v1',
            path='/sessions',
        ),
        (
            Scope.ADMIN_CHECKOUT,
            Scope.READ_CHECKOUT,
        ),
        EndpointDoc(
            title='List sessions',
            doc_url='https://docs.dintero.com/api-reference/checkout/list-sessions',
            names=(
                'List sessions',
                'checkout_sessions_get',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/checkout/list-sessions',
            ),
        ),
    ),
    (
        Endpoint(
            method='POST',
            server='https://checkout.dintero.com/v1',
            path='/sessions',
        ),
        (
            Scope.ADMIN_CHECKOUT,
            Scope.WRITE_CHECKOUT,
        ),
        EndpointDoc(
            title='Create sessions',
            doc_url='https://docs.dintero.com/api-reference/checkout/create-sessions',
            names=(
                'Create sessions',
                'checkout_session_post',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/checkout/create-sessions',
            ),
        ),
    ),
    (
        Endpoint(
            method='POST',
            server='https://checkout.dintero.com/v1',
            path='/sessions-profile',
        ),
        (
            Scope.ADMIN_CHECKOUT,
            Scope.WRITE_CHECKOUT,
        ),
        EndpointDoc(
            title='Create checkout session from profile',
            doc_url='https://docs.dintero.com/api-reference/payments/create-checkout-session-from-profile',
            names=(
                'Create checkout session from profile',
                'checkout_session_profile_post',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/payments/create-checkout-session-from-profile',
            ),
        ),
    ),
    (
        Endpoint(
            method='POST',
            server='https://checkout.dintero.com/v1',
            path='/sessions/pay',
        ),
        (
            Scope.ADMIN_CHECKOUT,
            Scope.WRITE_CHECKOUT,
        ),
        EndpointDoc(
            title='Create and pay merchant initiated session',
            doc_url='https://docs.dintero.com/api-reference/payments/create-and-pay-merchant-initiated-session',
            names=(
                'Create and pay merchant initiated session',
                'checkout_session_pay_post',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/payments/create-and-pay-merchant-initiated-session',
            ),
        ),
    ),
    (
        Endpoint(
            method='POST',
            server='https://checkout.dintero.com/v1',
            path='/sessions/payment-token',
        ),
        (
            Scope.ADMIN_CHECKOUT,
            Scope.WRITE_CHECKOUT,
        ),
        EndpointDoc(
            title='Payment token session',
            doc_url='https://docs.dintero.com/api-reference/payments/payment-token-session',
            names=(
                'Payment token session',
                'checkout_payment_token_session_post',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/payments/payment-token-session',
                'https://docs.dintero.com/api-reference/session/payment-token-session',
            ),
        ),
    ),
    (
        Endpoint(
            method='GET',
            server='https://checkout.dintero.com/v1',
            path='/sessions/{session_id}',
        ),
        (
            Scope.ADMIN_CHECKOUT,
            Scope.READ_CHECKOUT,
        ),
        EndpointDoc(
            title='Get checkout session details',
            doc_url='https://docs.dintero.com/api-reference/payments/get-checkout-session-details',
            names=(
                'Get checkout session details',
                'checkout_session_get',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/payments/get-checkout-session-details',
                'https://docs.dintero.com/api-reference/session/get-checkout-session-details',
            ),
        ),
    ),
    (
        Endpoint(
            method='PUT',
            server='https://checkout.dintero.com/v1',
            path='/sessions/{session_id}',
        ),
        (
            Scope.ADMIN_CHECKOUT,
            Scope.READ_CHECKOUT,
        ),
        EndpointDoc(
            title='Update checkout session details',
            doc_url='https://docs.dintero.com/api-reference/payments/update-checkout-session-details',
            names=(
                'Update checkout session details',
                'checkout_session_put',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/payments/update-checkout-session-details',
            ),
        ),
    ),
    (
        Endpoint(
            method='GET',
            server='https://checkout.dintero.com/v1',
            path='/sessions/{session_id}/bambora/callback/{callback_ref}',
        ),
        (),
        EndpointDoc(
            title='Get bambora callback',
            doc_url='https://docs.dintero.com/api-reference/checkout/get-bambora-callback',
            names=(
                'Get bambora callback',
                'checkout_bambora_callback_get',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/checkout/get-bambora-callback',
            ),
        ),
    ),
    (
        Endpoint(
            method='GET',
            server='https://checkout.dintero.com/v1',
            path='/sessions/{session_id}/bambora/redirect/{redirect_ref}',
        ),
        (),
        EndpointDoc(
            title='Get bambora redirect',
            doc_url='https://docs.dintero.com/api-reference/checkout/get-bambora-redirect',
            names=(
                'Get bambora redirect',
                'checkout_sid_bambora_redirect_get',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/checkout/get-bambora-redirect',
            ),
        ),
    ),
    (
        Endpoint(
            method='POST',
            server='https://checkout.dintero.com/v1',
            path='/sessions/{session_id}/cancel',
        ),
        (
            Scope.ADMIN_CHECKOUT,
            Scope.WRITE_CHECKOUT,
        ),
        EndpointDoc(
            title='Cancel session',
            doc_url='https://docs.dintero.com/api-reference/payments/cancel-session',
            names=(
                'Cancel session',
                'checkout_session_cancel_post',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/payments/cancel-session',
                'https://docs.dintero.com/api-reference/session/cancel-session',
            ),
        ),
    ),
    (
        Endpoint(
            method='GET',
            server='https://checkout.dintero.com/v1',
            path='/sessions/{session_id}/collector/redirect',
        ),
        (),
        EndpointDoc(
            title='List collector redirect',
            doc_url='https://docs.dintero.com/api-reference/checkout/list-collector-redirect',
            names=(
                'List collector redirect',
                'checkout_sid_collector_redirect_get',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/checkout/list-collector-redirect',
            ),
        ),
    ),
    (
        Endpoint(
            method='GET',
            server='https://checkout.dintero.com/v1',
            path='/sessions/{session_id}/dintero/redirect/{redirect_ref}',
        ),
        (),
        EndpointDoc(
            title='Get dintero redirect',
            doc_url='https://docs.dintero.com/api-reference/checkout/get-dintero-redirect',
            names=(
                'Get dintero redirect',
                'checkout_sid_dintero_redirect_get',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/checkout/get-dintero-redirect',
            ),
        ),
    ),
    (
        Endpoint(
            method='GET',
            server='https://checkout.dintero.com/v1',
            path='/sessions/{session_id}/dintero_psp/redirect/{redirect_ref}',
        ),
        (),
        EndpointDoc(
            title='Get dintero psp redirect',
            doc_url='https://docs.dintero.com/api-reference/checkout/get-dintero-psp-redirect',
            names=(
                'Get dintero psp redirect',
                'checkout_sid_dintero_psp_redirect_get',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/checkout/get-dintero-psp-redirect',
            ),
        ),
    ),
    (
        Endpoint(
            method='GET',
            server='https://checkout.dintero.com/v1',
            path='/sessions/{session_id}/klarna/redirect/{redirect_ref}',
        ),
        (),
        EndpointDoc(
            title='Get klarna redirect',
            doc_url='https://docs.dintero.com/api-reference/checkout/get-klarna-redirect',
            names=(
                'Get klarna redirect',
                'checkout_sid_klarna_redirect_get',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/checkout/get-klarna-redirect',
            ),
        ),
    ),
    (
        Endpoint(
            method='GET',
            server='https://checkout.dintero.com/v1',
            path='/sessions/{session_id}/netaxept/redirect/{redirect_ref}',
        ),
        (),
        EndpointDoc(
            title='Get netaxept redirect',
            doc_url='https://docs.dintero.com/api-reference/checkout/get-netaxept-redirect',
            names=(
                'Get netaxept redirect',
                'checkout_sid_netaxept_redirect_get',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/checkout/get-netaxept-redirect',
            ),
        ),
    ),
    (
        Endpoint(
            method='POST',
            server='https://checkout.dintero.com/v1',
            path='/sessions/{session_id}/pay',
        ),
        (),
        EndpointDoc(
            title='Pay sessions',
            doc_url='https://docs.dintero.com/api-reference/checkout/checkout_sid_pay_post',
            names=(
                'Pay sessions',
                'checkout_sid_pay_post',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/checkout/checkout_sid_pay_post',
            ),
        ),
    ),
    (
        Endpoint(
            method='POST',
            server='https://checkout.dintero.com/v1',
            path='/sessions/{session_id}/payex-v3/callback/{callback_ref}',
        ),
        (),
        EndpointDoc(
            title='Create payex v3 callback',
            doc_url='https://docs.dintero.com/api-reference/checkout/create-payex-v3-callback',
            names=(
                'Create payex v3 callback',
                'checkout_payex_v3_callback_post',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/checkout/create-payex-v3-callback',
            ),
        ),
    ),
    (
        Endpoint(
            method='GET',
            server='https://checkout.dintero.com/v1',
            path='/sessions/{session_id}/payex-v3/redirect/{redirect_ref}',
        ),
        (),
        EndpointDoc(
            title='Get payex v3 redirect',
            doc_url='https://docs.dintero.com/api-reference/checkout/get-payex-v3-redirect',
            names=(
                'Get payex v3 redirect',
                'checkout_sid_payex_v3_redirect_get',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/checkout/get-payex-v3-redirect',
            ),
        ),
    ),
    (
        Endpoint(
            method='POST',
            server='https://checkout.dintero.com/v1',
            path='/sessions/{session_id}/payex/callback/{payment_product_type}',
        ),
        (),
        EndpointDoc(
            title='Create payex callback',
            doc_url='https://docs.dintero.com/api-reference/checkout/create-payex-callback',
            names=(
                'Create payex callback',
                'checkout_sid_callback_post',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/checkout/create-payex-callback',
            ),
        ),
    ),
    (
        Endpoint(
            method='GET',
            server='https://checkout.dintero.com/v1',
            path='/sessions/{session_id}/payex/redirect/{action}/{payment_product_type}',
        ),
        (),
        EndpointDoc(
            title='Get payex redirect',
            doc_url='https://docs.dintero.com/api-reference/checkout/get-payex-redirect',
            names=(
                'Get payex redirect',
                'checkout_sid_payex_redirect_get',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/checkout/get-payex-redirect',
            ),
        ),
    ),
    (
        Endpoint(
            method='POST',
            server='https://checkout.dintero.com/v1',
            path='/sessions/{session_id}/qr',
        ),
        (
            Scope.ADMIN_CHECKOUT,
            Scope.WRITE_CHECKOUT,
        ),
        EndpointDoc(
            title='Create sessions qr',
            doc_url='https://docs.dintero.com/api-reference/checkout/create-sessions-qr',
            names=(
                'Create sessions qr',
                'qr_sessions_sid_post',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/checkout/create-sessions-qr',
            ),
        ),
    ),
    (
        Endpoint(
            method='GET',
            server='https://checkout.dintero.com/v1',
            path='/sessions/{session_id}/redirect/{redirect_ref}',
        ),
        (),
        EndpointDoc(
            title='Get sessions redirect',
            doc_url='https://docs.dintero.com/api-reference/checkout/get-sessions-redirect',
            names=(
                'Get sessions redirect',
                'checkout_sid_redirect_get',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/checkout/get-sessions-redirect',
            ),
        ),
    ),
    (
        Endpoint(
            method='GET',
            server='https://checkout.dintero.com/v1',
            path='/sessions/{session_id}/santander/redirect',
        ),
        (),
        EndpointDoc(
            title='List santander redirect',
            doc_url='https://docs.dintero.com/api-reference/checkout/list-santander-redirect',
            names=(
                'List santander redirect',
                'checkout_sid_santander_redirect_get',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/checkout/list-santander-redirect',
            ),
        ),
    ),
    (
        Endpoint(
            method='GET',
            server='https://checkout.dintero.com/v1',
            path='/sessions/{session_id}/swish/redirect/{redirect_ref}',
        ),
        (),
        EndpointDoc(
            title='Get swish redirect',
            doc_url='https://docs.dintero.com/api-reference/checkout/get-swish-redirect',
            names=(
                'Get swish redirect',
                'checkout_sid_swish_redirect_get',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/checkout/get-swish-redirect',
            ),
        ),
    ),
    (
        Endpoint(
            method='POST',
            server='https://checkout.dintero.com/v1',
            path='/sessions/{session_id}/vipps/v2/payments/{order_id}',
        ),
        (),
        EndpointDoc(
            title='Create vipps payments',
            doc_url='https://docs.dintero.com/api-reference/checkout/create-vipps-payments',
            names=(
                'Create vipps payments',
                'checkout_sid_vipps_payments_orderid_post',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/checkout/create-vipps-payments',
            ),
        ),
    ),
    (
        Endpoint(
            method='GET',
            server='https://checkout.dintero.com/v1',
            path='/transactions',
        ),
        (
            Scope.ADMIN_CHECKOUT,
            Scope.READ_CHECKOUT,
        ),
        EndpointDoc(
            title='List all transactions',
            doc_url='https://docs.dintero.com/api-reference/payments/list-all-transactions',
            names=(
                'List all transactions',
                'transactions_get',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/payments/list-all-transactions',
                'https://docs.dintero.com/api-reference/transactions/list-all-transactions',
                'https://docs.dintero.com/checkout-api/transactions/transactions_get',
            ),
        ),
    ),
    (
        Endpoint(
            method='POST',
            server='https://checkout.dintero.com/v1',
            path='/transactions/events/settlements',
        ),
        (
            Scope.ADMIN_CHECKOUT,
        ),
        EndpointDoc(
            title='Create events settlements',
            doc_url='https://docs.dintero.com/api-reference/checkout/create-events-settlements',
            names=(
                'Create events settlements',
                'transactions_events_settlements_post',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/checkout/create-events-settlements',
            ),
        ),
    ),
    (
        Endpoint(
            method='GET',
            server='https://checkout.dintero.com/v1',
            path='/transactions/{id}',
        ),
        (
            Scope.ADMIN_CHECKOUT,
            Scope.READ_CHECKOUT,
        ),
        EndpointDoc(
            title='Get a transaction',
            doc_url='https://docs.dintero.com/api-reference/payments/get-a-transaction',
            names=(
                'Get a transaction',
                'transactions_id_get',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/payments/get-a-transaction',
            ),
        ),
    ),
    (
        Endpoint(
            method='PUT',
            server='https://checkout.dintero.com/v1',
            path='/transactions/{id}',
        ),
        (
            Scope.ADMIN_CHECKOUT,
            Scope.WRITE_CHECKOUT,
        ),
        EndpointDoc(
            title='Update a transaction',
            doc_url='https://docs.dintero.com/api-reference/payments/update-a-transaction',
            names=(
                'Update a transaction',
                'transactions_id_put',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/payments/update-a-transaction',
            ),
        ),
    ),
    (
        Endpoint(
            method='POST',
            server='https://checkout.dintero.com/v1',
            path='/transactions/{id}/authorization',
        ),
        (),
        EndpointDoc(
            title='Authorization transactions',
            doc_url='https://docs.dintero.com/api-reference/checkout/authorization-transactions',
            names=(
                'Authorization transactions',
                'Extend authorization on transaction',
                'transaction_tid_extend_authorization_post',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/checkout/authorization-transactions',
                'https://docs.dintero.com/api-reference/payments/extend-authorization-on-transaction',
            ),
        ),
    ),
    (
        Endpoint(
            method='POST',
            server='https://checkout.dintero.com/v1',
            path='/transactions/{id}/capture',
        ),
        (
            Scope.ADMIN_CHECKOUT,
            Scope.WRITE_CHECKOUT,
        ),
        EndpointDoc(
            title='Capture a transaction',
            doc_url='https://docs.dintero.com/api-reference/payments/capture-a-transaction',
            names=(
                'Capture a transaction',
                'transactions_id_capture_post',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/payments/capture-a-transaction',
                'https://docs.dintero.com/api-reference/transactions/capture-a-transaction',
            ),
        ),
    ),
    (
        Endpoint(
            method='POST',
            server='https://checkout.dintero.com/v1',
            path='/transactions/{id}/refund',
        ),
        (
            Scope.ADMIN_CHECKOUT,
            Scope.WRITE_CHECKOUT,
        ),
        EndpointDoc(
            title='Refund transaction',
            doc_url='https://docs.dintero.com/api-reference/payments/refund-transaction',
            names=(
                'Refund transaction',
                'transactions_id_refund_post',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/payments/refund-transaction',
            ),
        ),
    ),
    (
        Endpoint(
            method='POST',
            server='https://checkout.dintero.com/v1',
            path='/transactions/{id}/void',
        ),
        (
            Scope.ADMIN_CHECKOUT,
            Scope.WRITE_CHECKOUT,
        ),
        EndpointDoc(
            title='Void transaction',
            doc_url='https://docs.dintero.com/api-reference/payments/void-transaction',
            names=(
                'Void transaction',
                'transactions_id_void_post',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/payments/void-transaction',
            ),
        ),
    ),
    (
        Endpoint(
            method='GET',
            server='https://checkout.dintero.com/v1',
            path='/view/{session_id}',
        ),
        (),
        EndpointDoc(
            title='Get view',
            doc_url='https://docs.dintero.com/api-reference/checkout/get-view',
            names=(
                'Get view',
                'checkout_sid_html_get',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/checkout/get-view',
            ),
        ),
    ),
    (
        Endpoint(
            method='GET',
            server='https://checkout.dintero.com/v1',
            path='/view/{session_id}/netaxept',
        ),
        (),
        EndpointDoc(
            title='List view netaxept',
            doc_url='https://docs.dintero.com/api-reference/checkout/list-view-netaxept',
            names=(
                'List view netaxept',
                'checkout_sid_netaxept_html_get',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/checkout/list-view-netaxept',
            ),
        ),
    ),
    (
        Endpoint(
            method='GET',
            server='https://checkout.dintero.com/v1',
            path='/view/{session_id}/payex/{payment_id}/status',
        ),
        (),
        EndpointDoc(
            title='List payex status',
            doc_url='https://docs.dintero.com/api-reference/checkout/list-payex-status',
            names=(
                'List payex status',
                'checkout_sid_payex_payment_get',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/checkout/list-payex-status',
            ),
        ),
    ),
    (
        Endpoint(
            method='POST',
            server='https://checkout.dintero.com/v1',
            path='/view/{session_id}/payments/{payment_product_type}',
        ),
        (),
        EndpointDoc(
            title='Create view payments',
            doc_url='https://docs.dintero.com/api-reference/checkout/create-view-payments',
            names=(
                'Create view payments',
                'checkout_sid_payments_product_type_post',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/checkout/create-view-payments',
            ),
        ),
    ),
    (
        Endpoint(
            method='GET',
            server='https://checkout.dintero.com/v1',
            path='/view/{session_id}/session',
        ),
        (),
        EndpointDoc(
            title='List view session',
            doc_url='https://docs.dintero.com/api-reference/checkout/list-view-session',
            names=(
                'List view session',
                'checkout_sid_json_get',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/checkout/list-view-session',
            ),
        ),
    ),
    (
        Endpoint(
            method='POST',
            server='https://checkout.dintero.com/v1',
            path='/view/{session_id}/session/abandon',
        ),
        (),
        EndpointDoc(
            title='Create session abandon',
            doc_url='https://docs.dintero.com/api-reference/checkout/create-session-abandon',
            names=(
                'Create session abandon',
                'view_sid_session_abandon_post',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/checkout/create-session-abandon',
            ),
        ),
    ),
    (
        Endpoint(
            method='POST',
            server='https://checkout.dintero.com/v1',
            path='/view/{session_id}/session/lock',
        ),
        (),
        EndpointDoc(
            title='Lock session',
            doc_url='https://docs.dintero.com/api-reference/checkout/lock-session',
            names=(
                'Lock session',
                'checkout_sid_lock',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/checkout/lock-session',
            ),
        ),
    ),
    (
        Endpoint(
            method='PUT',
            server='https://checkout.dintero.com/v1',
            path='/view/{session_id}/session/order/addresses',
        ),
        (),
        EndpointDoc(
            title='Update order addresses',
            doc_url='https://docs.dintero.com/api-reference/checkout/update-order-addresses',
            names=(
                'Update order addresses',
                'checkout_sid_json_order_addresses_put',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/checkout/update-order-addresses',
            ),
        ),
    ),
    (
        Endpoint(
            method='PUT',
            server='https://checkout.dintero.com/v1',
            path='/view/{session_id}/session/order/discount_codes',
        ),
        (),
        EndpointDoc(
            title='Update order discount codes',
            doc_url='https://docs.dintero.com/api-reference/checkout/update-order-discount-codes',
            names=(
                'Update order discount codes',
                'checkout_sid_json_order_discount_codes_put',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/checkout/update-order-discount-codes',
            ),
        ),
    ),
    (
        Endpoint(
            method='PUT',
            server='https://checkout.dintero.com/v1',
            path='/view/{session_id}/session/order/gift_cards',
        ),
        (),
        EndpointDoc(
            title='Update order gift cards',
            doc_url='https://docs.dintero.com/api-reference/checkout/update-order-gift-cards',
            names=(
                'Update order gift cards',
                'checkout_sid_json_order_gift_cards_put',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/checkout/update-order-gift-cards',
            ),
        ),
    ),
    (
        Endpoint(
            method='PUT',
            server='https://checkout.dintero.com/v1',
            path='/view/{session_id}/session/order/shipping_address',
        ),
        (),
        EndpointDoc(
            title='Update order shipping address',
            doc_url='https://docs.dintero.com/api-reference/checkout/update-order-shipping-address',
            names=(
                'Update order shipping address',
                'checkout_sid_json_order_shipping_address_put',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/checkout/update-order-shipping-address',
            ),
        ),
    ),
    (
        Endpoint(
            method='PUT',
            server='https://checkout.dintero.com/v1',
            path='/view/{session_id}/session/order/shipping_option',
        ),
        (),
        EndpointDoc(
            title='Update order shipping option',
            doc_url='https://docs.dintero.com/api-reference/checkout/update-order-shipping-option',
            names=(
                'Update order shipping option',
                'checkout_sid_json_order_items_shipping_option_put',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/checkout/update-order-shipping-option',
            ),
        ),
    ),
    (
        Endpoint(
            method='POST',
            server='https://checkout.dintero.com/v1',
            path='/view/{session_id}/session/publish/scc',
        ),
        (),
        EndpointDoc(
            title='Create publish scc',
            doc_url='https://docs.dintero.com/api-reference/checkout/create-publish-scc',
            names=(
                'Create publish scc',
                'checkout_sid_send_scc',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/checkout/create-publish-scc',
            ),
        ),
    ),
    (
        Endpoint(
            method='GET',
            server='https://checkout.dintero.com/v1',
            path='/view/{session_id}/swish/{payment_request_id}/status',
        ),
        (),
        EndpointDoc(
            title='List swish status',
            doc_url='https://docs.dintero.com/api-reference/checkout/list-swish-status',
            names=(
                'List swish status',
                'checkout_sid_swish_get',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/checkout/list-swish-status',
            ),
        ),
    ),
    (
        Endpoint(
            method='GET',
            server='https://checkout.dintero.com/v1',
            path='/view/{session_id}/vipps',
        ),
        (),
        EndpointDoc(
            title='List view vipps',
            doc_url='https://docs.dintero.com/api-reference/checkout/list-view-vipps',
            names=(
                'List view vipps',
                'checkout_sid_html_vipps_get',
            ),
            pages=(
                'https://docs.dintero.com/api-reference/checkout/list-view-vipps',
            ),
        ),
    ),
)

ENDPOINTS: Mapping[Endpoint, tuple[Scope, ...]] = MappingProxyType(
    {endpoint: scopes for endpoint, scopes, _ in _DOCUMENTED}
)
"""The scopes each endpoint accepts, as documented and in the docs' order.

A token with any one of them may call the endpoint; an endpoint whose docs name no
scope maps to an empty tuple.
"""

ENDPOINT_DOCS: Mapping[Endpoint, EndpointDoc] = MappingProxyType(
    {endpoint: doc for endpoint, _, doc in _DOCUMENTED}
)
"""Where each endpoint is documented."""
