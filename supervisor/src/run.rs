//! `corral run FILE`: one session in the foreground.

use crate::cli::{PermissionFlags, RunArgs};
use crate::host_signals;
use actix::prelude::*;
use anyhow::{bail, Context as _};
use corral_actors::{DeliverSignal, SessionActor, SessionEnded, SessionSpec, StdinSource};
use corral_runtime::output::{terminal_size, InheritedFd};
use corral_runtime::permissions::{absolutize, resolve_on_host, EnvGrant, PathGrant};
use corral_runtime::{Permissions, SessionOptions};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::mpsc;

/// Runs the session and returns its exit code.
pub fn run(args: RunArgs) -> anyhow::Result<i32> {
    let cwd = std::env::current_dir().context("cannot determine the current directory")?;
    let entry = resolve_on_host(&absolutize(&cwd, &args.file));
    check_entry(&args.file, &entry)?;
    let permissions = permissions_from_flags(&args.permissions, &cwd, &entry);
    let explicit: BTreeMap<String, String> = args.env.iter().cloned().collect();
    let options = SessionOptions {
        name: entry.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| "main".into()),
        env: permissions.session_env(std::env::vars(), &explicit),
        entry,
        args: args.args,
        cwd,
        permissions,
        stdout: Box::new(InheritedFd::stdout()),
        stderr: Box::new(InheritedFd::stderr()),
        stdin_is_tty: terminal_size(0).is_some(),
        heap_limit_bytes: args.heap_mb.map(|mb| mb * 1024 * 1024),
        output_limit_bytes: None,
        code_cache_dir: if args.no_code_cache { None } else { corral_runtime::code_cache::CodeCache::default_dir() },
        instance: 0,
        restarts: 0,
        exec_path: std::env::current_exe().map(|p| p.to_string_lossy().into_owned()).unwrap_or_else(|_| "corral".into()),
    };
    let spec = SessionSpec { id: 0, options, stdin: StdinSource::Inherit };

    let (ended_tx, ended_rx) = mpsc::channel();
    let system = System::new();
    let signals = system.block_on(async move {
        let waiter = EndWaiter { ended: ended_tx }.start();
        let session = SessionActor::new(spec, waiter.recipient()).start();
        host_signals::forward(move |signal| session.do_send(DeliverSignal(signal)))
    });
    let signals = signals.context("cannot install signal handlers")?;
    system.run().context("the actor system failed")?;
    signals.close();
    let ended: SessionEnded = ended_rx.recv().context("the session ended without a report")?;
    Ok(ended.outcome.code)
}

/// Fails with one clear line when the entry file cannot be run.
fn check_entry(given: &Path, entry: &Path) -> anyhow::Result<()> {
    match std::fs::metadata(entry) {
        Ok(meta) if meta.is_dir() => bail!("cannot run '{}': it is a directory", given.display()),
        Ok(_) => match std::fs::File::open(entry) {
            Ok(_) => Ok(()),
            Err(error) => bail!("cannot read '{}': {}", given.display(), describe(&error)),
        },
        Err(error) => bail!("cannot read '{}': {}", given.display(), describe(&error)),
    }
}

fn describe(error: &std::io::Error) -> String {
    match error.kind() {
        std::io::ErrorKind::NotFound => "no such file".to_string(),
        std::io::ErrorKind::PermissionDenied => "permission denied".to_string(),
        _ => error.to_string(),
    }
}

/// The session's permissions from the command line.
pub fn permissions_from_flags(flags: &PermissionFlags, cwd: &Path, entry: &Path) -> Permissions {
    if flags.allow_all {
        return Permissions::allow_all();
    }
    let roots = |paths: &Vec<PathBuf>| -> PathGrant {
        if paths.is_empty() {
            PathGrant::All
        } else {
            PathGrant::Roots(paths.iter().map(|p| resolve_on_host(&absolutize(cwd, p))).collect())
        }
    };
    let mut read = flags.allow_read.as_ref().map(roots).unwrap_or(PathGrant::None);
    let mut defaults = vec![resolve_on_host(cwd)];
    if let Some(dir) = entry.parent() {
        defaults.push(dir.to_path_buf());
    }
    read.extend(defaults);
    let write = flags.allow_write.as_ref().map(roots).unwrap_or(PathGrant::None);
    let env = match &flags.allow_env {
        None => EnvGrant::None,
        Some(names) if names.is_empty() => EnvGrant::All,
        Some(names) => EnvGrant::Names(names.clone()),
    };
    Permissions { read, write, env }
}

/// Receives the session's report and stops the actor system.
struct EndWaiter {
    ended: mpsc::Sender<SessionEnded>,
}

impl Actor for EndWaiter {
    type Context = Context<Self>;
}

impl Handler<SessionEnded> for EndWaiter {
    type Result = ();

    fn handle(&mut self, msg: SessionEnded, _ctx: &mut Context<Self>) {
        let _ = self.ended.send(msg);
        System::current().stop();
    }
}
