"""Which inline scripts the Content-Security-Policy hashes: code, not data or files."""
from __future__ import annotations

import base64
import hashlib

from protocol.cli.serve import read_headers
from protocol.site import security


def test_inline_script_hashes_cover_code_not_data_or_files(tmp_path):
    code = "var a = 1;\n</x>"  # hashed exactly as written, up to </script>
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "index.html").write_text(
        f'<script src="a.js"></script><script type="application/json">{{"a": 1}}</script>'
        f'<script>{code}</script><script type="module">import "./b.js";</script>', encoding="utf-8")
    expected = {"'sha256-" + base64.b64encode(hashlib.sha256(s.encode()).digest()).decode() + "'"
                for s in (code, 'import "./b.js";')}
    assert set(security.inline_script_hashes(tmp_path)) == expected
    written = security.write_headers(tmp_path, set(expected))
    assert read_headers(tmp_path) == written
    assert (tmp_path / "_headers").read_text().startswith("/*\n  Content-Security-Policy: ")
