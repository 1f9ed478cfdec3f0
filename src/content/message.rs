//! The Discord message payload the core produces: content, embeds and buttons, in the JSON
//! shape of Discord's API, and the limits Discord puts on each part. `ask --json` prints it; the
//! bot sends it.

use serde::{Deserialize, Serialize};

/// Discord's limits, in characters.
pub mod limits {
    pub const TITLE: usize = 256;
    pub const DESCRIPTION: usize = 4096;
    pub const FIELDS: usize = 25;
    pub const FIELD_NAME: usize = 256;
    pub const FIELD_VALUE: usize = 1024;
    pub const FOOTER: usize = 2048;
    pub const EMBED_TOTAL: usize = 6000;
    pub const EMBEDS: usize = 10;
    pub const CONTENT: usize = 2000;
    pub const CUSTOM_ID: usize = 100;
    pub const BUTTON_LABEL: usize = 80;
    /// An attachment's description, its alt text.
    pub const ATTACHMENT_DESCRIPTION: usize = 1024;
}

/// Message flag: only the invoking user sees the message.
pub const EPHEMERAL: u64 = 1 << 6;

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Message {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub content: Option<String>,
    #[serde(default)]
    pub embeds: Vec<Embed>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub components: Vec<ActionRow>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flags: Option<u64>,
    /// Files uploaded with the message: in JSON, what `payload_json` says of them; their bytes
    /// travel beside it, as `files[<id>]` of a multipart upload.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub attachments: Vec<Attachment>,
}

/// A file uploaded with a message, such as the timeline picture.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Attachment {
    /// Its index among the message's new files.
    pub id: u64,
    pub filename: String,
    /// Alt text for screen readers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(skip)]
    pub data: std::sync::Arc<[u8]>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Embed {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub color: Option<u32>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub fields: Vec<EmbedField>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub footer: Option<EmbedFooter>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub image: Option<EmbedImage>,
}

/// An embed's picture: `attachment://<file name>` shows a file uploaded with the message.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EmbedImage {
    pub url: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EmbedField {
    pub name: String,
    pub value: String,
    #[serde(default)]
    pub inline: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EmbedFooter {
    pub text: String,
}

/// A row of buttons (component type 1).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ActionRow {
    #[serde(rename = "type")]
    pub kind: u8,
    pub components: Vec<Button>,
}

/// A button (component type 2) whose click comes back to the bot with its custom id.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Button {
    #[serde(rename = "type")]
    pub kind: u8,
    /// 1 primary, 2 secondary.
    pub style: u8,
    pub label: String,
    pub custom_id: String,
    #[serde(default)]
    pub disabled: bool,
}

impl Message {
    /// Every way the message breaks one of Discord's limits; empty when it fits.
    pub fn limit_violations(&self) -> Vec<String> {
        use limits::*;
        let mut out = Vec::new();
        let mut over = |what: &str, len: usize, max: usize| {
            if len > max {
                out.push(format!("{what}: {len} characters, more than {max}"));
            }
        };
        over("content", chars(self.content.as_deref()), CONTENT);
        over("embeds", self.embeds.len(), EMBEDS);
        let mut total = 0;
        for embed in &self.embeds {
            let title = chars(embed.title.as_deref());
            let description = chars(embed.description.as_deref());
            let footer = chars(embed.footer.as_ref().map(|f| f.text.as_str()));
            over("title", title, TITLE);
            over("description", description, DESCRIPTION);
            over("footer", footer, FOOTER);
            over("fields", embed.fields.len(), FIELDS);
            total += title + description + footer;
            for field in &embed.fields {
                over("field name", field.name.chars().count(), FIELD_NAME);
                over("field value", field.value.chars().count(), FIELD_VALUE);
                total += field.name.chars().count() + field.value.chars().count();
            }
        }
        over("embeds in all", total, EMBED_TOTAL);
        for attachment in &self.attachments {
            over("attachment description", chars(attachment.description.as_deref()), ATTACHMENT_DESCRIPTION);
        }
        for row in &self.components {
            for button in &row.components {
                over("button label", button.label.chars().count(), BUTTON_LABEL);
                over("custom id", button.custom_id.chars().count(), CUSTOM_ID);
            }
        }
        out
    }

    /// The message as a reader would see it, for the command line.
    pub fn to_text(&self) -> String {
        self.to_text_with(|name| format!("{name}:"))
    }

    /// The text of the message, with each field's name as `field` puts it.
    pub fn to_text_with(&self, field: impl Fn(&str) -> String) -> String {
        let mut out = Vec::new();
        if let Some(content) = &self.content {
            out.push(content.clone());
        }
        for embed in &self.embeds {
            if let Some(title) = &embed.title {
                out.push(title.clone());
                out.push("=".repeat(title.chars().count().min(60)));
            }
            if let Some(description) = &embed.description {
                out.push(description.clone());
            }
            for item in &embed.fields {
                out.push(String::new());
                out.push(field(&item.name));
                out.push(item.value.clone());
            }
            if let Some(footer) = &embed.footer {
                out.push(String::new());
                out.push(format!("— {}", footer.text));
            }
        }
        out.join("\n")
    }
}

fn chars(text: Option<&str>) -> usize {
    text.map_or(0, |t| t.chars().count())
}

/// Cuts a text to at most `max` characters, ending it with "…" when anything was cut.
pub fn truncate(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_owned();
    }
    let mut out: String = text.chars().take(max.saturating_sub(1)).collect();
    out.push('…');
    out
}

/// Splits a text into pieces of at most `max` characters, preferring to cut after a line break,
/// then after a space, and never inside a character.
pub fn split(text: &str, max: usize) -> Vec<String> {
    assert!(max > 0, "pieces must hold at least one character");
    // Most texts fit: a byte length under the limit means as many characters at most.
    if text.len() <= max || text.chars().count() <= max {
        return if text.is_empty() { Vec::new() } else { vec![text.to_owned()] };
    }
    let chars: Vec<char> = text.chars().collect();
    let mut pieces = Vec::new();
    let mut start = 0;
    while chars.len() - start > max {
        let window = &chars[start..start + max];
        let cut = window
            .iter()
            .rposition(|&c| c == '\n')
            .or_else(|| window.iter().rposition(|c| c.is_whitespace()))
            .filter(|&i| i > max / 2)
            .map_or(max, |i| i + 1);
        let piece: String = chars[start..start + cut].iter().collect();
        pieces.push(piece.trim_end().to_owned());
        start += cut;
    }
    pieces.push(chars[start..].iter().collect());
    pieces.retain(|p| !p.is_empty());
    pieces
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn split_keeps_every_character_and_respects_the_limit() {
        let text = "é".repeat(10) + " " + &"🇰🇵".repeat(7) + "\n" + &"x".repeat(25);
        let pieces = split(&text, 8);
        assert!(pieces.iter().all(|p| p.chars().count() <= 8), "{pieces:?}");
        let joined: String = pieces.concat();
        let expected: String = text.chars().filter(|c| !c.is_whitespace()).collect();
        assert_eq!(joined.chars().filter(|c| !c.is_whitespace()).collect::<String>(), expected);
    }

    #[test]
    fn split_prefers_line_breaks_then_spaces() {
        assert_eq!(split("aaaa bbbb\ncccc dddd", 12), ["aaaa bbbb", "cccc dddd"]);
        assert_eq!(split("aaaa bbbb cccc", 10), ["aaaa bbbb", "cccc"]);
    }

    #[test]
    fn truncate_marks_the_cut() {
        assert_eq!(truncate("abcdef", 4), "abc…");
        assert_eq!(truncate("abc", 4), "abc");
        assert_eq!(truncate("ééééé", 3).chars().count(), 3);
    }

    #[test]
    fn a_long_field_value_is_a_violation() {
        let embed = Embed {
            fields: vec![EmbedField { name: "n".into(), value: "v".repeat(1025), inline: false }],
            ..Embed::default()
        };
        let message = Message { embeds: vec![embed], ..Message::default() };
        assert_eq!(message.limit_violations().len(), 1);
    }
}
