//! Standard streams: synchronous writes to stdout/stderr, pulls from stdin.

use super::{set_fn, state, SystemError};
use crate::mailbox::HostRequest;
use crate::outcome::EndReason;

pub(super) fn register(scope: &mut v8::PinScope<'_, '_>, target: v8::Local<v8::Object>) {
    set_fn(scope, target, "writeOutput", write_output);
    set_fn(scope, target, "stdinPull", stdin_pull);
}

/// `writeOutput(fd, data)`: writes a string (as UTF-8) or the bytes of an
/// `ArrayBufferView` to stdout (1) or stderr (2). Throws a system error on failure.
fn write_output(scope: &mut v8::PinScope, args: v8::FunctionCallbackArguments, _rv: v8::ReturnValue) {
    let fd = args.get(0).int32_value(scope).unwrap_or(1);
    let data = args.get(1);
    let shared = state(scope);
    let result = if let Ok(view) = v8::Local::<v8::ArrayBufferView>::try_from(data) {
        let mut storage = [0u8; v8::TYPED_ARRAY_MAX_SIZE_IN_HEAP];
        let bytes = view.get_contents(&mut storage);
        write_to(&shared, fd, bytes)
    } else {
        let text = data.to_rust_string_lossy(scope);
        write_to(&shared, fd, text.as_bytes())
    };
    match result {
        Ok(true) => {}
        Ok(false) => {
            // Over the output limit: what fit was written, and the session ends.
            let reason = EndReason::OutputLimit;
            shared.borrow_mut().request_exit(reason.default_exit_code(), reason);
            scope.terminate_execution();
        }
        Err(error) => SystemError::from_io(&error, "write", None).throw_for_stream(scope),
    }
}

/// Writes to the session's stdout (1) or stderr (2); false when the output limit cut
/// the write short.
fn write_to(shared: &crate::state::SharedState, fd: i32, bytes: &[u8]) -> std::io::Result<bool> {
    let mut session = shared.borrow_mut();
    let (bytes, within_limit) = match session.output_remaining {
        Some(remaining) if (bytes.len() as u64) > remaining => (&bytes[..remaining as usize], false),
        Some(remaining) => {
            session.output_remaining = Some(remaining - bytes.len() as u64);
            (bytes, true)
        }
        None => (bytes, true),
    };
    if !within_limit {
        session.output_remaining = Some(0);
    }
    let sink = if fd == 2 { &mut session.stderr } else { &mut session.stdout };
    sink.write_all(bytes)?;
    Ok(within_limit)
}

/// `stdinPull()`: asks the stdin actor for one more chunk, unless one is on its way.
fn stdin_pull(scope: &mut v8::PinScope, _args: v8::FunctionCallbackArguments, _rv: v8::ReturnValue) {
    let shared = state(scope);
    let mut session = shared.borrow_mut();
    if !session.stdin_pull_outstanding {
        session.stdin_pull_outstanding = true;
        session.request(HostRequest::StdinPull);
    }
}
