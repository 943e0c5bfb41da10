"""Qt item models: thin adapters over the library's plain data (a ``Comparison``, documents, annotations)."""
