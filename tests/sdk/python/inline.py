"""An Automation API inline program (no language host: the program runs in this process) driven through the CLI in
.tools/pulumi/bin, with its own state and PULUMI_HOME in a scratch directory: up, a quiet preview, destroy.

    python inline.py <pulumi-bin-dir-parent>   e.g. .tools/pulumi
"""

import os
import sys
import tempfile

import pulumi
from pulumi import automation as auto


def program():
    pulumi.export("greeting", "hello from an inline program")
    pulumi.export("token", pulumi.Output.secret("not-a-real-secret"))


def main(cli_root):
    with tempfile.TemporaryDirectory(prefix="sdk-python-inline-") as base:
        state, home, work = (os.path.join(base, d) for d in ("state", "home", "work"))
        for d in (state, home, work):
            os.makedirs(d)
        command = auto.PulumiCommand(root=cli_root)
        opts = auto.LocalWorkspaceOptions(
            work_dir=work,
            pulumi_home=home,
            pulumi_command=command,
            env_vars={
                "PULUMI_BACKEND_URL": "file://" + state,
                "PULUMI_CONFIG_PASSPHRASE": "not-a-real-passphrase",
                "PULUMI_SKIP_UPDATE_CHECK": "true",
            },
            project_settings=auto.ProjectSettings(name="sdk-python-inline", runtime="python"),
        )
        stack = auto.create_or_select_stack("dev", "sdk-python-inline", program=program, opts=opts)
        up = stack.up()
        outputs = {k: (v.value, v.secret) for k, v in up.outputs.items()}
        assert up.summary.result == "succeeded", up.summary.result
        assert outputs == {
            "greeting": ("hello from an inline program", False),
            "token": ("not-a-real-secret", True),
        }, outputs
        preview = stack.preview()
        assert preview.change_summary == {"same": 1}, preview.change_summary
        destroy = stack.destroy()
        assert destroy.summary.result == "succeeded", destroy.summary.result
        print(f"inline program with pulumi {command.version}: up {outputs}, preview {preview.change_summary}, destroy ok")


if __name__ == "__main__":
    main(sys.argv[1])
