"""The statements package imports one way: its shared modules, then the families of rules, then
``reading`` (issue 10). A family is a module that defines ``rule_*`` functions; only ``reading``
imports a family, and a shared module imports neither a family nor ``reading``. Read from the
modules' import statements (those inside functions too), not from a list kept beside them."""

import ast
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "service" / "ickg" / "extract" / "statements"
PREFIX = "ickg.extract.statements."


def _modules():
    """``{module name: (names of the package's modules it imports, whether it defines a rule_* function)}``."""
    found = {}
    for path in sorted(PACKAGE.glob("*.py")):
        if path.name == "__init__.py":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        imported = set()
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith(PREFIX):
                imported.add(node.module[len(PREFIX):])
            elif isinstance(node, ast.ImportFrom) and node.module == PREFIX[:-1]:
                imported.update(alias.name for alias in node.names)
            elif isinstance(node, ast.Import):
                imported.update(a.name[len(PREFIX):] for a in node.names if a.name.startswith(PREFIX))
        rules = any(isinstance(n, ast.FunctionDef) and n.name.startswith("rule_") for n in tree.body)
        found[path.stem] = (imported, rules)
    return found


def test_statement_modules_import_shared_rooms_then_families_then_reading():
    modules = _modules()
    families = {name for name, (_, rules) in modules.items() if rules}
    assert "reading" in modules and len(families) >= 10, sorted(families)
    wrong = []
    for name, (imported, _) in modules.items():
        if name == "reading":
            continue
        wrong += [f"{name} imports reading" for target in imported if target == "reading"]
        wrong += [f"{name} imports the family {target}" for target in sorted(imported & families)]
    assert not wrong, wrong
    assert families <= modules["reading"][0], sorted(families - modules["reading"][0])   # every family is read


def test_the_one_way_check_sees_a_family_importing_another(tmp_path, monkeypatch):
    # The check can fail: a copy of the package where a family imports another is reported.
    for path in PACKAGE.glob("*.py"):
        (tmp_path / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    goals = tmp_path / "goals.py"
    goals.write_text(goals.read_text(encoding="utf-8") + "\n\ndef _late():\n"
                     "    from ickg.extract.statements.barriers import rule_barrier\n    return rule_barrier\n",
                     encoding="utf-8")
    monkeypatch.setattr(sys.modules[__name__], "PACKAGE", tmp_path)
    try:
        test_statement_modules_import_shared_rooms_then_families_then_reading()
    except AssertionError as error:
        assert "goals imports the family barriers" in str(error)
    else:
        raise AssertionError("a family importing another family went unseen")
