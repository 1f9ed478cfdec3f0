//! `multipart/form-data` bodies, as Discord takes uploads: a `payload_json` part holding the JSON
//! body, and one `files[<n>]` part per file, which the body's `attachments` must describe with
//! the same `id` <n>.

use serde_json::Value;

/// A part of a multipart body.
#[derive(Debug, Clone, PartialEq)]
pub struct Upload {
    /// The form field: `payload_json`, `files[0]`…
    pub name: String,
    pub filename: Option<String>,
    pub content_type: Option<String>,
    pub data: Vec<u8>,
}

/// The boundary of a `multipart/form-data` content type, if it is one.
pub fn boundary(content_type: &str) -> Option<String> {
    let mut params = content_type.split(';').map(str::trim);
    if !params.next()?.eq_ignore_ascii_case("multipart/form-data") {
        return None;
    }
    params.find_map(|p| p.strip_prefix("boundary=")).map(|b| b.trim_matches('"').to_owned())
}

fn find(haystack: &[u8], needle: &[u8], from: usize) -> Option<usize> {
    haystack.get(from..)?.windows(needle.len()).position(|w| w == needle).map(|i| i + from)
}

/// Splits a body into its parts (RFC 7578).
pub fn parse(body: &[u8], boundary: &str) -> Result<Vec<Upload>, String> {
    let delimiter = format!("--{boundary}");
    let mut at = find(body, delimiter.as_bytes(), 0).ok_or("no boundary in the body")?;
    let mut parts = Vec::new();
    loop {
        let start = at + delimiter.len();
        if body[start..].starts_with(b"--") {
            return Ok(parts);
        }
        let start = start + if body[start..].starts_with(b"\r\n") { 2 } else { 0 };
        let next = find(body, format!("\r\n{delimiter}").as_bytes(), start).ok_or("a part never ends")?;
        let part = &body[start..next];
        let split = find(part, b"\r\n\r\n", 0).ok_or("a part has no blank line after its headers")?;
        let headers = std::str::from_utf8(&part[..split]).map_err(|_| "headers are not UTF-8")?;
        let mut upload = Upload {
            name: String::new(),
            filename: None,
            content_type: None,
            data: part[split + 4..].to_vec(),
        };
        for line in headers.split("\r\n") {
            let Some((header, value)) = line.split_once(':') else { continue };
            match header.trim().to_ascii_lowercase().as_str() {
                "content-disposition" => {
                    for param in value.split(';').map(str::trim) {
                        if let Some(name) = param.strip_prefix("name=") {
                            upload.name = name.trim_matches('"').to_owned();
                        } else if let Some(filename) = param.strip_prefix("filename=") {
                            upload.filename = Some(filename.trim_matches('"').to_owned());
                        }
                    }
                }
                "content-type" => upload.content_type = Some(value.trim().to_owned()),
                _ => {}
            }
        }
        if upload.name.is_empty() {
            return Err("a part has no name".to_owned());
        }
        parts.push(upload);
        at = next + 2;
    }
}

/// The JSON body (`payload_json`) and the files of a parsed upload, with what Discord would
/// refuse in them: an unknown field, a body that is not JSON, a file without a name, or a file
/// that the body's `attachments` (or, for an interaction response, `data.attachments`) does not
/// describe by its index.
pub fn payload(parts: Vec<Upload>) -> (Option<Value>, Vec<Upload>, Vec<String>) {
    let mut problems = Vec::new();
    let mut body = None;
    let mut files = Vec::new();
    for part in parts {
        if part.name == "payload_json" {
            match serde_json::from_slice::<Value>(&part.data) {
                Ok(value) => body = Some(value),
                Err(e) => problems.push(format!("payload_json is not JSON: {e}")),
            }
        } else if part.name.starts_with("files[") && part.name.ends_with(']') {
            if part.filename.as_deref().is_none_or(str::is_empty) {
                problems.push(format!("{} has no file name", part.name));
            }
            files.push(part);
        } else {
            problems.push(format!("unknown form field {}", part.name));
        }
    }
    let Some(json) = &body else {
        problems.push("a multipart body without payload_json".to_owned());
        return (body, files, problems);
    };
    let attachments = json
        .get("attachments")
        .or_else(|| json.get("data").and_then(|d| d.get("attachments")))
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default();
    for file in &files {
        let index = &file.name["files[".len()..file.name.len() - 1];
        let described = attachments.iter().any(|a| a["id"].to_string().trim_matches('"') == index);
        if !described {
            problems.push(format!("{} is not described in attachments: {attachments:?}", file.name));
        }
    }
    (body, files, problems)
}
