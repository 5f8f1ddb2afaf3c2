//! CLI tools from the npm registry that lean on the Node API (streams, fs, readline,
//! util, tty colours) run unmodified with Node 24's output. The packages are installed
//! at test time (see `support::npm_packages`).

use crate::support::{npm_packages, root, run, run_with_stdin};

fn expected(name: &str) -> String {
    std::fs::read_to_string(root().join("tests/js/npm").join(name)).unwrap()
}

#[test]
fn prettier_terser_cowsay_chalk_and_cli_highlight_match_node() {
    let Some(packages) = npm_packages() else { return };
    let modules = packages.join("node_modules");
    let read = format!("--allow-read={}", packages.display());
    let bin = |path: &str| modules.join(path).to_string_lossy().into_owned();

    let source = std::fs::read(root().join("tests/js/npm/prettier.input.js")).unwrap();
    run_with_stdin(&["run", &read, &bin("prettier/bin/prettier.cjs"), "--stdin-filepath", "in.js"], &source)
        .expect(&expected("prettier.stdout"), "", 0);

    run(&["run", &read, &bin("terser/bin/terser"), "tests/js/npm/terser.input.js", "-c", "-m"])
        .expect(&expected("terser.stdout"), "", 0);

    run(&["run", &read, &bin("cowsay/cli.js"), "hello corral"]).expect(&expected("cowsay.stdout"), "", 0);

    run(&["run", &read, "--env", "FORCE_COLOR=3", &bin("chalk-cli/cli.js"), "red", "bold", "hi there"])
        .expect(&expected("chalk.stdout"), "", 0);

    run(&["run", &read, "--env", "FORCE_COLOR=3", &bin("cli-highlight/bin/highlight"), "-l", "js", "tests/js/npm/terser.input.js"])
        .expect(&expected("highlight.stdout"), "", 0);
}
