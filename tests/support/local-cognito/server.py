"""
Starts the local Cognito API: moto's server, with the real service's behaviour added (real_cognito.py).

    python server.py [--plain] [-H 127.0.0.1] [-p PORT]

--plain starts moto as it is, without real_cognito. Every other argument goes to moto's server.
"""
import os
import sys


def main() -> None:
    argv = sys.argv[1:]
    plain = "--plain" in argv
    argv = [arg for arg in argv if arg != "--plain"]
    if not plain:
        sys.dont_write_bytecode = True  # keep the repository free of __pycache__
        sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
        import real_cognito  # noqa: F401  (patches moto on import)
    from moto.server import main as moto_main

    moto_main(argv)


if __name__ == "__main__":
    main()
