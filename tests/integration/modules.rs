//! Modules: ES modules and CommonJS as Node 24 loads them, Node's resolution rules,
//! the readable-roots confinement of module loading, and real npm packages. Expected
//! output was produced by Node 24 running the same programs.

use crate::support::{corral, npm_packages, root, run, run_js, run_with_stdin};
use std::process::Command;

fn expected(path: &str) -> String {
    std::fs::read_to_string(root().join("tests/js").join(path)).unwrap()
}

#[test]
fn es_module_features_match_node() {
    run_js("modules/esm_features.mjs", &[]).expect(&expected("modules/esm_features.stdout"), "", 0);
}

#[test]
fn commonjs_features_match_node() {
    run_js("modules/cjs_features.cjs", &[]).expect(&expected("modules/cjs_features.stdout"), "", 0);
}

#[test]
fn require_resolve_matches_node_on_every_fixture_case() {
    // setup.js creates the fixture's symlinks, hence the write grant.
    let run = run(&["run", "--allow-write=tests/fixtures/resolution", "tests/js/modules/resolve_cjs.js"]);
    assert_eq!(run.stderr, "");
    let expected = expected("modules/resolve_cjs.stdout");
    let differences: Vec<(&str, &str)> =
        expected.lines().zip(run.stdout.lines()).filter(|(want, got)| want != got).take(5).collect();
    assert!(differences.is_empty(), "first differences (node, corral): {differences:#?}");
    assert_eq!(run.stdout.lines().count(), expected.lines().count());
    assert_eq!(run.code, Some(0));
}

#[test]
fn modules_outside_the_readable_roots_fail_with_eacces() {
    let outside = root().join("target").join("outside-roots");
    std::fs::create_dir_all(&outside).unwrap();
    std::fs::write(outside.join("secret.js"), "module.exports = 'secret';\n").unwrap();
    std::fs::write(outside.join("secret.mjs"), "export default 'secret';\n").unwrap();
    let program = root().join("target").join("js-tests").join("load_outside.mjs");
    std::fs::create_dir_all(program.parent().unwrap()).unwrap();
    std::fs::write(
        &program,
        "import { createRequire } from 'module';\n\
         const require = createRequire(import.meta.url);\n\
         const dir = process.argv[2];\n\
         try { require(dir + '/secret.js'); } catch (e) { console.log(e.code, e.message); }\n\
         try { await import(dir + '/secret.mjs'); } catch (e) { console.log(e.code, e.message); }\n",
    )
    .unwrap();
    // The session may read target/js-tests (its entry's folder) but not target/outside-roots.
    let dir = outside.to_string_lossy().into_owned();
    let output = Command::new(env!("CARGO_BIN_EXE_corral"))
        .current_dir(program.parent().unwrap())
        .args(["run", program.to_str().unwrap(), &dir])
        .env("XDG_CACHE_HOME", root().join("target").join("test-cache"))
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert_eq!(
        stdout,
        format!(
            "EACCES EACCES: permission denied, open '{dir}/secret.js'\nEACCES EACCES: permission denied, open '{dir}/secret.mjs'\n"
        )
    );
    assert_eq!(output.status.code(), Some(0));
}

// The package tests share one installation, so they run as one test.
#[test]
fn npm_packages_run_unmodified_with_nodes_output() {
    let Some(packages) = npm_packages() else { return };
    let modules = packages.join("node_modules");
    let read = format!("--allow-read={}", packages.display());

    let markdown = std::fs::read(root().join("tests/js/npm/marked.in.md")).unwrap();
    let marked = modules.join("marked/bin/marked.js");
    run_with_stdin(&["run", &read, marked.to_str().unwrap()], &markdown).expect(&expected("npm/marked.stdout"), "", 0);

    // yaml is a dual package: its ES module and CommonJS builds.
    for (program, output) in [("npm/yaml_esm.mjs", "npm/yaml_esm.stdout"), ("npm/yaml_cjs.cjs", "npm/yaml_cjs.stdout")] {
        let copy = packages.join(program.trim_start_matches("npm/"));
        std::fs::copy(root().join("tests/js").join(program), &copy).unwrap();
        run(&["run", &read, copy.to_str().unwrap()]).expect(&expected(output), "", 0);
    }

    let acorn = modules.join("acorn/bin/acorn");
    run(&["run", &read, acorn.to_str().unwrap(), "--ecma2024", "--compact", "tests/js/npm/acorn.input.js"])
        .expect(&expected("npm/acorn.stdout"), "", 0);

    // tsc compiles a small project (one file has a type error) into target/tsc-out.
    let out = root().join("target/tsc-out");
    let _ = std::fs::remove_dir_all(&out);
    let tsc = modules.join("typescript/bin/tsc");
    let output = corral()
        .current_dir(root().join("tests/js/npm/tsc-project"))
        .args(["run", &read, &format!("--allow-write={}", out.display()), tsc.to_str().unwrap(), "-p", "."])
        .output()
        .unwrap();
    assert_eq!(String::from_utf8_lossy(&output.stdout), expected("npm/tsc.stdout"));
    assert_eq!(output.status.code(), Some(2));
    let compiled = std::fs::read_to_string(out.join("main.js")).unwrap();
    assert!(compiled.contains("function add(a, b) {"), "{compiled}");
}

#[test]
fn a_missing_named_import_from_commonjs_explains_like_node() {
    let run = run_js("modules/missing_named.mjs", &[]);
    assert_eq!(run.code, Some(1));
    assert!(
        run.stderr.starts_with(
            "file://<root>/tests/js/modules/missing_named.mjs:1\nimport { greet, nothere } from '../../fixtures/modules/cjs/esbuild.js';\n                ^^^^^^^\n"
        ),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains(
            "SyntaxError: Named export 'nothere' not found. The requested module '../../fixtures/modules/cjs/esbuild.js' is a CommonJS module, which may not support all module.exports as named exports.\nCommonJS modules can always be imported via the default export, for example using:\n\nimport pkg from '../../fixtures/modules/cjs/esbuild.js';\nconst { greet, nothere } = pkg;\n"
        ),
        "{}",
        run.stderr
    );
}
