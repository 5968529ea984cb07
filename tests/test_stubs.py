"""The type stubs match the runtime, and the package type-checks.

``_core.pyi`` describes a compiled module mypy cannot read, so nothing else would notice when a
binding's signature changes: stubtest imports the extension and compares every name, parameter and
default with the stub. mypy then checks the Python package against those stubs, and a short
user program against the public API (a wrong call must be rejected, so the check is not vacuous).
"""
import ast
import inspect
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

pytest.importorskip("mypy")

import quotesmith
from quotesmith import _core

PACKAGE_DIR = Path(quotesmith.__file__).resolve().parent
STUB = PACKAGE_DIR / "_core.pyi"


def run_mypy(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "mypy", "--cache-dir", str(cwd / ".mypy_cache"), *args],
        capture_output=True, text=True, cwd=cwd,
    )


def test_stubtest_finds_no_difference_between_core_stub_and_runtime(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "mypy.stubtest", "quotesmith._core", "--mypy-config-file", "/dev/null"],
        capture_output=True, text=True, cwd=tmp_path,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def stub_functions():
    tree = ast.parse(STUB.read_text(encoding="utf-8"))
    return {node.name: node for node in tree.body if isinstance(node, ast.FunctionDef)}


def stub_classes():
    tree = ast.parse(STUB.read_text(encoding="utf-8"))
    return {node.name for node in tree.body if isinstance(node, ast.ClassDef)}


def test_every_core_function_has_a_stub_and_every_stub_a_function():
    public = {name: obj for name, obj in vars(_core).items() if callable(obj) and not name.startswith("_")}
    assert {n for n, obj in public.items() if not isinstance(obj, type)} == set(stub_functions())
    assert {n for n, obj in public.items() if isinstance(obj, type)} == stub_classes() == {"Quote", "Edit"}


@pytest.mark.parametrize("name", sorted(stub_functions()))
def test_core_parameters_and_defaults_match_the_stub(name):
    """Independent of stubtest: names, kinds and literal defaults, read from the .pyi with ast."""
    node = stub_functions()[name]
    stub = [(a.arg, "positional") for a in node.args.posonlyargs + node.args.args]
    stub += [(a.arg, "keyword") for a in node.args.kwonlyargs]
    stub_defaults = {a.arg: ast.literal_eval(d) for a, d in zip(node.args.kwonlyargs, node.args.kw_defaults) if d is not None}
    positional = node.args.posonlyargs + node.args.args
    stub_defaults.update({a.arg: ast.literal_eval(d) for a, d in zip(positional[len(positional) - len(node.args.defaults):], node.args.defaults)})

    sig = inspect.signature(getattr(_core, name))
    kind = {inspect.Parameter.KEYWORD_ONLY: "keyword"}
    runtime = [(p.name, kind.get(p.kind, "positional")) for p in sig.parameters.values()]
    runtime_defaults = {p.name: p.default for p in sig.parameters.values() if p.default is not inspect.Parameter.empty}
    assert runtime == stub
    assert runtime_defaults == stub_defaults


def test_python_package_type_checks(tmp_path):
    """Strict mypy (bar generic type arguments) over the package, _core.pyi included."""
    result = run_mypy("--strict", "--allow-any-generics", "--ignore-missing-imports", str(PACKAGE_DIR), cwd=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr


USAGE = '''
from typing import List, Optional, Tuple

import quotesmith as qs

text = "Share This article\\n“We will keep talking,” Mike Pompeo said. He left."
cleaned: str = qs.clean(text, normalization=None, quotes="straight")
report: qs.CleanResult = qs.clean_report(text)
kinds: List[str] = [e.kind for e in report.removed]
sentences: List[str] = qs.split_sentences(cleaned)
spans: List[Tuple[int, int]] = qs.sentence_spans(cleaned)
batches: List[List[str]] = qs.split_sentences_batch([cleaned], n_jobs=1)
quotes: List[qs.Quote] = qs.extract_quotes(cleaned, include_scare=True)
speaker: Optional[str] = quotes[0].speaker if quotes else None
doc: qs.Document = qs.analyze(text, source="Wire", id="1")
names: List[str] = [s.name for s in doc.speakers]
corpus: qs.Corpus = qs.Corpus.from_texts([text], sources=["Wire"]).analyze(n_jobs=1, progress=False)
shared: List[qs.SharedQuote] = corpus.shared_quotes(min_overlap=0.5)
groups: List[List[str]] = corpus.near_duplicates(threshold=0.9)
'''


def test_typed_usage_passes_and_a_wrong_call_is_rejected(tmp_path):
    (tmp_path / "usage.py").write_text(textwrap.dedent(USAGE), encoding="utf-8")
    result = run_mypy("--strict", "usage.py", cwd=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr

    (tmp_path / "wrong.py").write_text(
        "import quotesmith as qs\n"
        "n: int = qs.split_sentences('One. Two.')\n"
        "qs.clean(b'bytes')\n"
        "qs.extract_quotes('x', include_scare='yes')\n",
        encoding="utf-8",
    )
    result = run_mypy("--strict", "wrong.py", cwd=tmp_path)
    assert result.returncode == 1
    assert result.stdout.count("error:") == 3, result.stdout
