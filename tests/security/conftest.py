"""The world of the tenant isolation matrix (organization A with one of everything a URL can name), shared
so that the CSRF matrix builds its URLs the same way."""

from tests.platform.test_tenant_isolation import world  # noqa: F401
