"""The only package that talks to SQLite: schema, migrations, typed reads and writes."""

from workbench.store.project_store import EDITABLE_FIELDS, ProjectStore, doc_key
from workbench.store.schema import LATEST_VERSION

__all__ = ["EDITABLE_FIELDS", "LATEST_VERSION", "ProjectStore", "doc_key"]
