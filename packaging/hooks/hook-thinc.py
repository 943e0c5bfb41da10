"""Replaces pyinstaller-hooks-contrib's hook for thinc: the same, without thinc.tests."""

from PyInstaller.utils.hooks import collect_data_files, collect_submodules

hiddenimports = collect_submodules("thinc", filter=lambda name: ".tests" not in name)
datas = [(src, dest) for src, dest in collect_data_files("thinc") if "tests" not in dest]
