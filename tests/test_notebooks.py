"""The notebooks in notebooks/ run top to bottom without error, and are committed without outputs."""
import json
import shutil
import sys
from pathlib import Path

import pytest

nbformat = pytest.importorskip("nbformat")
nbclient = pytest.importorskip("nbclient")
kernelspec = pytest.importorskip("ipykernel.kernelspec")

NOTEBOOK_DIR = Path(__file__).resolve().parent.parent / "notebooks"
NOTEBOOKS = sorted(NOTEBOOK_DIR.glob("*.ipynb"))
SAMPLE_DIR = Path(__file__).resolve().parent.parent / "python" / "quotesmith" / "sample"

# Appended to each notebook at test time (never committed): proves the kernel runs this
# interpreter, i.e. the one quotesmith was installed into.
INTERPRETER_CHECK = "import sys; print(sys.executable)"


@pytest.fixture(scope="module")
def jupyter_path(tmp_path_factory):
    """A kernelspec named "python3" that launches *this* interpreter, ahead of any user-level
    "python3" kernelspec that may point at another Python."""
    prefix = tmp_path_factory.mktemp("kernel")
    kernelspec.install(kernel_name="python3", prefix=str(prefix))
    return prefix / "share" / "jupyter"


def test_there_are_notebooks():
    assert {p.name for p in NOTEBOOKS} >= {
        "01_quickstart.ipynb",
        "02_corpus_analysis.ipynb",
        "03_pipelines.ipynb",
    }


def execute(path: Path, jupyter_path: Path, corpus_dir=None):
    with pytest.MonkeyPatch.context() as env:
        env.setenv("JUPYTER_PATH", str(jupyter_path))
        env.setenv("MPLBACKEND", "module://matplotlib_inline.backend_inline")
        if corpus_dir is None:
            env.delenv("QUOTESMITH_CORPUS_DIR", raising=False)
        else:
            env.setenv("QUOTESMITH_CORPUS_DIR", str(corpus_dir))
        nb = nbformat.read(path, as_version=4)
        nb.cells.append(nbformat.v4.new_code_cell(INTERPRETER_CHECK))
        client = nbclient.NotebookClient(
            nb, kernel_name="python3", timeout=300, resources={"metadata": {"path": str(path.parent)}}
        )
        client.execute()  # raises CellExecutionError on the first failing cell
    assert nb.cells[-1].outputs[0]["text"].strip() == sys.executable
    return nb


@pytest.fixture(scope="module")
def executed(jupyter_path):
    """Each notebook executed once per module, shared by the tests that inspect its outputs."""
    cache = {}

    def run(name: str):
        if name not in cache:
            cache[name] = execute(NOTEBOOK_DIR / name, jupyter_path)
        return cache[name]

    return run


def outputs(nb):
    return [o for c in nb.cells if c.cell_type == "code" for o in c.outputs]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_runs_top_to_bottom(path, executed):
    nb = executed(path.name)
    assert not [o for o in outputs(nb) if o.output_type == "error"]
    assert all(c.execution_count for c in nb.cells if c.cell_type == "code")


def test_quickstart_displays_the_document_as_html(executed):
    nb = executed("01_quickstart.ipynb")
    html = [o["data"]["text/html"] for c in nb.cells if c.cell_type == "code" and c.source.strip() == "doc"
            for o in c.outputs if "text/html" in o.get("data", {})]
    assert len(html) == 1 and "wnc-arctic" in html[0] and "removals" in html[0]
    assert "<mark" in html[0] and "Laura Benning" in html[0]  # quotes highlighted, speaker named


def test_corpus_notebook_draws_its_charts(executed):
    nb = executed("02_corpus_analysis.ipynb")
    images = [o for o in outputs(nb) if "image/png" in o.get("data", {})]
    assert len(images) >= 4  # bars, heat map, histograms, timeline: the sample has quotes and dates


def test_corpus_notebook_runs_on_a_folder_of_txt(tmp_path, jupyter_path):
    """QUOTESMITH_CORPUS_DIR points the corpus notebook at any folder (no dates: no timeline)."""
    for outlet, name in (("ledger", "01_northern_ledger.txt"), ("wnc", "02_wnc_news.txt"),
                         ("wire", "03_global_wire.txt")):
        (tmp_path / outlet).mkdir()
        shutil.copy(SAMPLE_DIR / name, tmp_path / outlet / name)
    nb = execute(NOTEBOOK_DIR / "02_corpus_analysis.ipynb", jupyter_path, corpus_dir=tmp_path)
    printed = "".join(o.get("text", "") for o in outputs(nb))
    assert str(tmp_path) in printed and "<quotesmith.Corpus of 3 documents" in printed
    assert "no dates in this corpus's meta" in printed


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_committed_notebooks_have_no_outputs(path):
    """Outputs are stripped before committing (what nbstripout does): diffs stay readable and no
    machine-specific numbers or paths land in git."""
    nb = json.loads(path.read_text(encoding="utf-8"))
    nbformat.validate(nbformat.reads(path.read_text(encoding="utf-8"), as_version=4))
    for i, cell in enumerate(nb["cells"]):
        if cell["cell_type"] == "code":
            assert cell.get("outputs") == [], f"{path.name} cell {i} has outputs"
            assert cell.get("execution_count") is None, f"{path.name} cell {i} has an execution count"
        assert "execution" not in cell.get("metadata", {}), f"{path.name} cell {i} has timing metadata"
