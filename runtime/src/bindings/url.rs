//! The WHATWG URL parser behind `URL`, `URLSearchParams`'s owner and `url.domainTo*`,
//! provided by the `url` crate (its `quirks` module implements the URL Standard's
//! getters and setters).
//!
//! JavaScript keeps a URL as its serialization (`href`); every operation re-parses it
//! and hands back all components at once, so no native state outlives a call.

use super::{arg_string, set_fn};
use url::{quirks, Url};

pub(super) fn register(scope: &mut v8::PinScope<'_, '_>, target: v8::Local<v8::Object>) {
    set_fn(scope, target, "parse", parse);
    set_fn(scope, target, "update", update);
    set_fn(scope, target, "domainToASCII", domain_to_ascii);
    set_fn(scope, target, "domainToUnicode", domain_to_unicode);
    set_fn(scope, target, "toASCII", to_ascii);
    set_fn(scope, target, "format", format);
}

/// The components, in the order `internal/url` reads them: href, origin, protocol,
/// username, password, host, hostname, port, pathname, search, hash.
fn components<'s>(scope: &mut v8::PinScope<'s, '_>, url: &Url) -> v8::Local<'s, v8::Value> {
    let origin = origin(url);
    let parts: [&str; 11] = [
        quirks::href(url),
        &origin,
        quirks::protocol(url),
        quirks::username(url),
        quirks::password(url),
        quirks::host(url),
        quirks::hostname(url),
        quirks::port(url),
        quirks::pathname(url),
        quirks::search(url),
        quirks::hash(url),
    ];
    let values: Vec<v8::Local<v8::Value>> =
        parts.iter().map(|part| v8::String::new(scope, part).unwrap().into()).collect();
    v8::Array::new_with_elements(scope, &values).into()
}

/// The origin; a `blob:` URL has its inner URL's only when that is http(s), as the
/// URL Standard now says.
fn origin(url: &Url) -> String {
    if url.scheme() == "blob" {
        return match Url::parse(url.path()) {
            Ok(inner) if matches!(inner.scheme(), "http" | "https") => quirks::origin(&inner),
            _ => "null".to_owned(),
        };
    }
    quirks::origin(url)
}

/// Applies the URL Standard's later revision the crate predates: `^` belongs to the
/// path percent-encode set.
fn modernize(url: &mut Url) {
    if !url.cannot_be_a_base() && url.path().contains('^') {
        let path = url.path().replace('^', "%5E");
        url.set_path(&path);
    }
}

/// Rewrites a reference that starts with slashes into an equivalent one the crate
/// resolves as the URL Standard does. Against a base with a non-special scheme a
/// backslash is an ordinary path character (the crate's relative parser takes it
/// for a slash); against a special one (not `file`) any run of two or more slashes
/// and backslashes introduces the host (the crate wants exactly two).
fn adjust_relative<'a>(base: &Url, input: &'a str) -> std::borrow::Cow<'a, str> {
    use std::borrow::Cow;
    if base.cannot_be_a_base() {
        return Cow::Borrowed(input);
    }
    let trimmed = input.trim_start_matches(|c: char| c <= ' ');
    let mut chars = trimmed.chars().filter(|&c| !matches!(c, '\t' | '\n' | '\r'));
    let first = chars.next();
    let second = chars.next();
    match base.scheme() {
        "http" | "https" | "ws" | "wss" | "ftp" => {
            let run = trimmed.len() - trimmed.trim_start_matches(['/', '\\']).len();
            if run > 2 {
                Cow::Owned(format!("//{}", &trimmed[run..]))
            } else {
                Cow::Borrowed(input)
            }
        }
        "file" => Cow::Borrowed(input),
        _ => match (first, second) {
            (Some('\\'), _) => Cow::Owned(format!("./{trimmed}")),
            (Some('/'), Some('\\')) => Cow::Owned(format!("/.{trimmed}")),
            _ => Cow::Borrowed(input),
        },
    }
}

/// `parse(input, base?)` → the components, or undefined when `input` (or `base`) is
/// not a valid URL.
fn parse(scope: &mut v8::PinScope, args: v8::FunctionCallbackArguments, mut rv: v8::ReturnValue) {
    let input = arg_string(scope, &args, 0);
    let base = if args.get(1).is_undefined() {
        None
    } else {
        match Url::parse(&arg_string(scope, &args, 1)) {
            Ok(base) => Some(base),
            Err(_) => return,
        }
    };
    let input = match &base {
        Some(base) => adjust_relative(base, &input),
        None => std::borrow::Cow::Borrowed(input.as_str()),
    };
    if let Ok(mut url) = Url::options().base_url(base.as_ref()).parse(&input) {
        modernize(&mut url);
        rv.set(components(scope, &url));
    }
}

/// `update(href, field, value)` → the components after setting `field` (one of
/// protocol, username, password, host, hostname, port, pathname, search, hash) as
/// the URL Standard's setter does; a value the setter rejects leaves the URL as it
/// was. Undefined when `href` itself does not parse.
fn update(scope: &mut v8::PinScope, args: v8::FunctionCallbackArguments, mut rv: v8::ReturnValue) {
    let href = arg_string(scope, &args, 0);
    let field = arg_string(scope, &args, 1);
    let value = arg_string(scope, &args, 2);
    let Ok(mut url) = Url::parse(&href) else { return };
    let _ = match field.as_str() {
        "protocol" => quirks::set_protocol(&mut url, &value).or_else(|()| special_to_file(&mut url, &value)),
        "username" => quirks::set_username(&mut url, &value),
        "password" => quirks::set_password(&mut url, &value),
        "host" => quirks::set_host(&mut url, &value),
        "hostname" => quirks::set_hostname(&mut url, &value),
        "port" => quirks::set_port(&mut url, &value),
        "pathname" => {
            quirks::set_pathname(&mut url, &value);
            Ok(())
        }
        "search" => {
            quirks::set_search(&mut url, &value);
            Ok(())
        }
        "hash" => {
            quirks::set_hash(&mut url, &value);
            Ok(())
        }
        _ => Err(()),
    };
    modernize(&mut url);
    rv.set(components(scope, &url));
}

/// The protocol setter's change from a special scheme to `file`, which the URL
/// Standard allows when the URL has no credentials and no port (the crate refuses
/// it whenever there is a host).
fn special_to_file(url: &mut Url, value: &str) -> Result<(), ()> {
    let scheme = value.split(':').next().unwrap_or_default();
    if !scheme.eq_ignore_ascii_case("file")
        || !matches!(url.scheme(), "http" | "https" | "ws" | "wss" | "ftp")
        || !url.username().is_empty()
        || url.password().is_some()
        || url.port().is_some()
    {
        return Err(());
    }
    let rest = &url.as_str()[url.scheme().len()..];
    *url = Url::parse(&format!("file{rest}")).map_err(|_| ())?;
    Ok(())
}

/// The host `domain` becomes as the hostname of a special URL (`ws://x`), as Node
/// computes `url.domainToASCII`; None when the hostname setter rejects it.
fn special_hostname(domain: &str) -> Option<String> {
    if domain.is_empty() {
        return None;
    }
    let mut url = Url::parse("ws://x").expect("a constant URL parses");
    quirks::set_hostname(&mut url, domain).ok()?;
    Some(quirks::hostname(&url).to_owned())
}

/// `domainToASCII(domain)` → its ASCII (punycode) serialization, `''` when invalid.
fn domain_to_ascii(scope: &mut v8::PinScope, args: v8::FunctionCallbackArguments, mut rv: v8::ReturnValue) {
    let domain = arg_string(scope, &args, 0);
    let host = special_hostname(&domain).unwrap_or_default();
    rv.set(v8::String::new(scope, &host).unwrap().into());
}

/// `domainToUnicode(domain)` → its Unicode serialization, `''` when invalid.
fn domain_to_unicode(scope: &mut v8::PinScope, args: v8::FunctionCallbackArguments, mut rv: v8::ReturnValue) {
    let domain = arg_string(scope, &args, 0);
    let host = special_hostname(&domain).map(|host| idna::domain_to_unicode(&host).0).unwrap_or_default();
    rv.set(v8::String::new(scope, &host).unwrap().into());
}

/// `toASCII(domain)` → the IDNA (UTS #46) ASCII form of a host name, without the URL
/// host parser's IPv4 handling (what legacy `url.parse` applies); `''` when invalid.
fn to_ascii(scope: &mut v8::PinScope, args: v8::FunctionCallbackArguments, mut rv: v8::ReturnValue) {
    let domain = arg_string(scope, &args, 0);
    // An all-ASCII name is only lower-cased (its xn-- labels are not checked), as
    // Node's IDNA conversion does.
    let ascii = if domain.is_ascii() {
        domain.to_ascii_lowercase()
    } else {
        idna::domain_to_ascii(&domain).unwrap_or_default()
    };
    rv.set(v8::String::new(scope, &ascii).unwrap().into());
}

/// `format(href, fragment, unicode, search, auth)` → the serialization of `href`
/// without the fragment, query or credentials when their flag is false, and with
/// the host in Unicode when `unicode` is true (`url.format(URL, options)`).
fn format(scope: &mut v8::PinScope, args: v8::FunctionCallbackArguments, mut rv: v8::ReturnValue) {
    let href = arg_string(scope, &args, 0);
    let Ok(mut url) = Url::parse(&href) else {
        rv.set(args.get(0));
        return;
    };
    if !args.get(1).is_true() {
        url.set_fragment(None);
    }
    if !args.get(3).is_true() {
        url.set_query(None);
    }
    if !args.get(4).is_true() {
        let _ = url.set_username("");
        let _ = url.set_password(None);
    }
    let mut text = url.as_str().to_owned();
    if args.get(2).is_true() {
        if let Some(url::Host::Domain(domain)) = url.host() {
            let unicode = idna::domain_to_unicode(domain).0;
            text = format!(
                "{}{}{}",
                &url[..url::Position::BeforeHost],
                unicode,
                &url[url::Position::AfterHost..]
            );
        }
    }
    rv.set(v8::String::new(scope, &text).unwrap().into());
}
