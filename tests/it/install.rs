//! An installed binary works anywhere: the bundled data and locales are compiled in, so a copy of
//! the binary alone, in an empty folder with no variable pointing anywhere, answers and checks;
//! `--data` and `--locales` (or their variables) still override the bundle.

use crate::support;

use std::path::Path;
use std::process::{Command, Output};

use support::{stderr, stdout, Workspace};

/// Runs a copy of the binary from its own empty folder, with no data or locales settings.
fn run_copy(binary: &Path, args: &[&str]) -> Output {
    let mut command = Command::new(binary);
    command.args(args).current_dir(binary.parent().expect("a folder"));
    for name in ["ALLIANCE_DATA_DIR", "ALLIANCE_LOCALES_DIR", "RUST_LOG", "LOG_FORMAT"] {
        command.env_remove(name);
    }
    command.output().expect("the copied binary runs")
}

#[test]
fn a_copy_of_the_binary_alone_answers_and_checks_from_an_empty_folder() {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let binary = folder.path().join("alliance-digest");
    std::fs::copy(env!("CARGO_BIN_EXE_alliance-digest"), &binary).expect("the binary is copied");
    assert_eq!(std::fs::read_dir(folder.path()).expect("the folder").count(), 1, "nothing but the binary");

    let answer = run_copy(&binary, &["ask", "--lang", "fr", "/alliance military"]);
    assert!(answer.status.success(), "{}", stderr(&answer));
    assert!(stdout(&answer).contains("Coopération militaire") && stdout(&answer).contains("Koursk"));

    let check = run_copy(&binary, &["check"]);
    assert!(check.status.success(), "{}", stdout(&check));
    assert!(
        stdout(&check).starts_with("ok: 21 facts, 8 languages (de, en-US, es-ES, fr, ja, ko, ru, uk)"),
        "{}",
        stdout(&check)
    );

    // A folder given still wins over the bundle, and its problems name its files.
    let ws = Workspace::new();
    ws.edit("data/facts/military.toml", "domain = \"military\"", "domain = \"sport\"");
    let data = ws.data();
    let broken = run_copy(&binary, &["check", "--data", data.to_str().expect("a UTF-8 path")]);
    assert!(!broken.status.success());
    let expected = data.join("facts/military.toml");
    assert!(stdout(&broken).contains(&format!("{}:", expected.display())), "{}", stdout(&broken));
}

#[test]
fn the_systemd_unit_runs_unprivileged_restarts_on_failure_and_outwaits_the_drain() {
    let unit =
        std::fs::read_to_string(support::repo().join("deploy/alliance-digest.service")).expect("the unit");
    let value = |key: &str| {
        unit.lines()
            .find_map(|line| line.strip_prefix(&format!("{key}=")))
            .unwrap_or_else(|| panic!("{key} missing from the unit"))
    };
    assert!(!["root", "0"].contains(&value("User")), "a non-root user");
    assert_eq!(value("Restart"), "on-failure");
    assert_eq!(value("ExecStart"), "/usr/local/bin/alliance-digest run");
    // The bot drains interactions and digests for up to 10 s each, in parallel, on SIGTERM.
    let stop: u64 = value("TimeoutStopSec").parse().expect("seconds");
    assert!(stop > 10 + 5, "TimeoutStopSec {stop} must outlast the drain");
    // Every HTTP connection is an open file: the default cap must fit with room to spare.
    let files: usize = value("LimitNOFILE").parse().expect("a number of files");
    assert!(files >= 4 * alliance_digest::config::DEFAULT_MAX_CONNECTIONS, "LimitNOFILE {files}");
}
