//! Holds every request the bot sends against Discord's own OpenAPI description
//! (`../shared/discord/openapi.json`): the route and method must exist, path and query
//! parameters must fit their schemas, and a JSON body must fit the route's request schema.

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::{Arc, Mutex, OnceLock};

use jsonschema::{Draft, Validator};
use serde_json::{json, Value};

/// The description, read and compiled once per test process, shared by every stand-in.
pub struct OpenApi {
    document: Value,
    /// Path templates split in segments, the most literal first.
    templates: Vec<(String, Vec<String>)>,
    validators: Mutex<HashMap<String, Arc<Validator>>>,
}

pub fn shared() -> &'static OpenApi {
    static SPEC: OnceLock<OpenApi> = OnceLock::new();
    SPEC.get_or_init(OpenApi::load)
}

/// Where the description lives: a copy in `tests/fixtures/discord/`, or `DISCORD_OPENAPI`.
fn spec_path() -> PathBuf {
    std::env::var_os("DISCORD_OPENAPI").map(PathBuf::from).unwrap_or_else(|| {
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/discord/openapi.json")
    })
}

impl OpenApi {
    fn load() -> OpenApi {
        let path = spec_path();
        let text = std::fs::read_to_string(&path).expect("openapi.json is readable");
        let document: Value = serde_json::from_str(&text).expect("openapi.json is JSON");
        let mut templates: Vec<(String, Vec<String>)> = document["paths"]
            .as_object()
            .expect("the description has paths")
            .keys()
            .map(|t| (t.clone(), t.trim_start_matches('/').split('/').map(str::to_owned).collect()))
            .collect();
        // `/messages/@original` must win over `/messages/{message_id}`.
        templates.sort_by_key(|(_, segments)| {
            std::cmp::Reverse(segments.iter().filter(|s| !s.starts_with('{')).count())
        });
        OpenApi { document, templates, validators: Mutex::new(HashMap::new()) }
    }

    /// Every way a request breaks the description; empty when Discord would take it.
    /// `media` is the body's media type: `application/json`, or `multipart/form-data` for an
    /// upload, whose `payload_json` is the body checked.
    pub fn check(
        &self,
        method: &str,
        path: &str,
        query: Option<&str>,
        body: Option<&Value>,
        media: &str,
    ) -> Vec<String> {
        let method = method.to_ascii_lowercase();
        let segments: Vec<&str> = path.trim_start_matches('/').split('/').collect();
        let Some((template, params)) = self.route(&segments) else {
            return vec![format!("{} {path}: no such route in Discord's API", method.to_uppercase())];
        };
        let route = &self.document["paths"][template.as_str()];
        let Some(operation) = route.get(&method) else {
            return vec![format!("{} {template}: the route has no such method", method.to_uppercase())];
        };
        let what = format!("{} {template}", method.to_uppercase());
        let mut problems = Vec::new();
        let parameters: Vec<&Value> = [route.get("parameters"), operation.get("parameters")]
            .into_iter()
            .flatten()
            .filter_map(Value::as_array)
            .flatten()
            .collect();
        for (name, value) in &params {
            match parameters.iter().find(|p| p["in"] == "path" && p["name"] == name.as_str()) {
                Some(parameter) => {
                    let pointer = self.pointer_of(template, &method, parameter, "path");
                    problems.extend(self.validate(&pointer, &json!(value), &format!("{what}: path {name}")));
                }
                None => problems.push(format!("{what}: unknown path parameter {name}")),
            }
        }
        for (name, value) in query.map(parse_query).unwrap_or_default() {
            match parameters.iter().find(|p| p["in"] == "query" && p["name"] == name.as_str()) {
                Some(parameter) => {
                    let schema = self.resolve(&parameter["schema"]);
                    let value = typed(&value, &schema);
                    let pointer = self.pointer_of(template, &method, parameter, "query");
                    problems.extend(self.validate(&pointer, &value, &format!("{what}: query {name}")));
                }
                None => problems.push(format!("{what}: unknown query parameter {name}")),
            }
        }
        match (operation.get("requestBody"), body) {
            (Some(request), Some(body)) => {
                if request["content"].get(media).is_none() {
                    problems.push(format!("{what}: the route takes no {media} body"));
                } else {
                    let pointer = format!(
                        "/paths/{}/{method}/requestBody/content/{}/schema",
                        escape(template),
                        escape(media)
                    );
                    let body = documented(body);
                    problems.extend(self.validate(&pointer, &body, &format!("{what}: body")));
                }
            }
            (Some(request), None) if request["required"] == true => {
                problems.push(format!("{what}: the body is required"));
            }
            (None, Some(body)) if !body.is_null() => {
                problems.push(format!("{what}: the route takes no body"))
            }
            _ => {}
        }
        problems
    }

    /// The template a path matches, with its parameters' values.
    fn route(&self, segments: &[&str]) -> Option<(&String, Vec<(String, String)>)> {
        self.templates.iter().find_map(|(template, pattern)| {
            if pattern.len() != segments.len() {
                return None;
            }
            let mut params = Vec::new();
            for (expected, actual) in pattern.iter().zip(segments) {
                match expected.strip_prefix('{').and_then(|e| e.strip_suffix('}')) {
                    Some(name) if !actual.is_empty() => params.push((name.to_owned(), (*actual).to_owned())),
                    Some(_) => return None,
                    None if expected == actual => {}
                    None => return None,
                }
            }
            Some((template, params))
        })
    }

    /// A JSON pointer to a parameter's schema in the document.
    fn pointer_of(&self, template: &str, method: &str, parameter: &Value, kind: &str) -> String {
        let route = &self.document["paths"][template];
        for (level, list) in [("", route.get("parameters")), (method, route[method].get("parameters"))] {
            if let Some(index) =
                list.and_then(Value::as_array).and_then(|l| l.iter().position(|p| p == parameter))
            {
                let prefix = if level.is_empty() { String::new() } else { format!("/{level}") };
                return format!("/paths/{}{prefix}/parameters/{index}/schema", escape(template));
            }
        }
        panic!("a {kind} parameter that is not in its route")
    }

    fn resolve(&self, schema: &Value) -> Value {
        match schema.get("$ref").and_then(Value::as_str) {
            Some(reference) => {
                let target =
                    self.document.pointer(reference.trim_start_matches('#')).cloned().unwrap_or_default();
                self.resolve(&target)
            }
            None => schema.clone(),
        }
    }

    fn validate(&self, pointer: &str, instance: &Value, what: &str) -> Vec<String> {
        let validator = self.validator(pointer);
        validator.iter_errors(instance).map(|e| format!("{what}: {e} (at {})", e.instance_path)).collect()
    }

    /// A validator for the schema at `pointer`, compiled once: the whole document is the root,
    /// so that its `#/components/...` references resolve.
    fn validator(&self, pointer: &str) -> Arc<Validator> {
        if let Some(validator) = self.validators.lock().unwrap().get(pointer) {
            return Arc::clone(validator);
        }
        let mut root = self.document.clone();
        let schema =
            self.document.pointer(pointer).cloned().unwrap_or_else(|| panic!("no schema at {pointer}"));
        root["components"]["schemas"]["StandInTarget"] = schema;
        root["$schema"] = json!("https://json-schema.org/draft/2020-12/schema");
        root["$ref"] = json!("#/components/schemas/StandInTarget");
        let validator = Arc::new(
            jsonschema::options()
                .with_draft(Draft::Draft202012)
                .build(&root)
                .unwrap_or_else(|e| panic!("the schema at {pointer} compiles: {e}")),
        );
        self.validators.lock().unwrap().insert(pointer.to_owned(), Arc::clone(&validator));
        validator
    }
}

/// Where the description and Discord's documentation disagree, the documentation wins (the
/// description's own README says so). Two disagreements met so far: the documentation types
/// `default_member_permissions` as a string holding the permission bits, which is what
/// serenity sends, where the description says integer, so such strings are read as the integer
/// they hold; and the documentation's upload example gives each new attachment an integer `id`
/// (0, 1…: the index of its `files[n]` part), which is what serenity sends, where the
/// description wants a snowflake string, so such integers are read as that string.
fn documented(body: &Value) -> Value {
    const BITS_AS_STRING: [&str; 1] = ["default_member_permissions"];
    match body {
        Value::Object(map) => Value::Object(
            map.iter()
                .map(|(key, value)| {
                    let value = match value {
                        Value::String(bits) if BITS_AS_STRING.contains(&key.as_str()) => {
                            bits.parse::<u64>().map_or_else(|_| value.clone(), |n| json!(n))
                        }
                        Value::Array(items) if key == "attachments" => Value::Array(
                            items
                                .iter()
                                .map(|item| {
                                    let mut item = documented(item);
                                    if let Some(index) = item.get("id").and_then(Value::as_u64) {
                                        item["id"] = json!(index.to_string());
                                    }
                                    item
                                })
                                .collect(),
                        ),
                        other => documented(other),
                    };
                    (key.clone(), value)
                })
                .collect(),
        ),
        Value::Array(items) => Value::Array(items.iter().map(documented).collect()),
        other => other.clone(),
    }
}

fn escape(template: &str) -> String {
    template.replace('~', "~0").replace('/', "~1")
}

fn parse_query(query: &str) -> Vec<(String, String)> {
    query
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|pair| {
            let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
            (name.to_owned(), value.to_owned())
        })
        .collect()
}

/// A query value as the JSON its schema expects.
fn typed(value: &str, schema: &Value) -> Value {
    let types: Vec<&str> = match &schema["type"] {
        Value::String(t) => vec![t.as_str()],
        Value::Array(ts) => ts.iter().filter_map(Value::as_str).collect(),
        _ => Vec::new(),
    };
    if types.contains(&"integer") {
        if let Ok(n) = value.parse::<i64>() {
            return json!(n);
        }
    }
    if types.contains(&"boolean") && (value == "true" || value == "false") {
        return json!(value == "true");
    }
    json!(value)
}
