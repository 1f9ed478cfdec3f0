//! Discord's Components V2 layout of a rendered message (flag [`IS_COMPONENTS_V2`]): one
//! container holding the heading and text, a separator before each section, the picture in a
//! media gallery, the source footer, and the page buttons in an action row. serenity 0.12 has no
//! builders for it: these are the few component types used, as Discord's API describes them.
//! A message that would not fit Discord's limits for the layout has none: it is sent as it is,
//! with its embeds. Its page buttons say that they turn a page of this layout ([`V2_SUFFIX`]):
//! the page they show is laid out the same, since Discord never turns a message back.

use serde::Serialize;

use super::message::{ActionRow, Attachment, Message, EPHEMERAL};

/// Message flag: the message is laid out by its components alone (no content, no embeds).
pub const IS_COMPONENTS_V2: u64 = 1 << 15;
/// The most components a message may hold, nested ones included.
pub const MAX_COMPONENTS: usize = 40;
/// The most characters of text all of a message's text displays may hold together.
pub const MAX_TEXT: usize = 4000;
/// The characters of text a page may hold so that it fits this layout as well as embeds: the
/// layout's limit less its markup (`## `, `**…**`, `-# `, line breaks; under 100 characters
/// for [`PAGE_SECTIONS`]) and room for a line above it (a role mention, a preview's intro).
pub const PAGE_TEXT: usize = MAX_TEXT - 400;
/// The sections a page may hold so that it fits [`MAX_COMPONENTS`]: two components each (a
/// separator and a text), beside the container, the opening, the picture, the footer's two,
/// the action row and its two buttons, and a text above the container.
pub const PAGE_SECTIONS: usize = 15;
/// Ends the custom id of a page button on a message of this layout.
pub const V2_SUFFIX: &str = ":v2";

/// A component of the layout.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(untagged)]
pub enum Component {
    Container(Container),
    Text(TextDisplay),
    Separator(Separator),
    Gallery(MediaGallery),
    Row(ActionRow),
}

/// A box around the reply (component type 17).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Container {
    #[serde(rename = "type")]
    kind: u8,
    #[serde(skip_serializing_if = "Option::is_none")]
    accent_color: Option<u32>,
    components: Vec<Component>,
}

/// Markdown text (component type 10).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TextDisplay {
    #[serde(rename = "type")]
    kind: u8,
    content: String,
}

/// A line between sections (component type 14); spacing 1 is the small one.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Separator {
    #[serde(rename = "type")]
    kind: u8,
    divider: bool,
    spacing: u8,
}

/// Pictures (component type 12).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MediaGallery {
    #[serde(rename = "type")]
    kind: u8,
    items: Vec<GalleryItem>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GalleryItem {
    media: Media,
    /// Alt text for screen readers.
    #[serde(skip_serializing_if = "Option::is_none")]
    description: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Media {
    url: String,
}

/// A message laid out with components, as sent to Discord.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Layout {
    pub flags: u64,
    pub components: Vec<Component>,
    /// The files uploaded with it, as for the embeds' message.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub attachments: Vec<Attachment>,
}

fn text(content: String) -> Component {
    Component::Text(TextDisplay { kind: 10, content })
}

fn separator() -> Component {
    Component::Separator(Separator { kind: 14, divider: true, spacing: 1 })
}

impl Layout {
    /// The layout of a message with an embed: `None` for a message of text alone (an error,
    /// which stays as it is), and for one that would not fit [`MAX_COMPONENTS`] or
    /// [`MAX_TEXT`].
    pub fn of(message: &Message) -> Option<Layout> {
        let embed = message.embeds.first()?;
        let mut inside = Vec::new();
        let heading = embed.title.as_ref().map(|title| format!("## {title}"));
        let opening: Vec<String> = heading.into_iter().chain(embed.description.clone()).collect();
        if !opening.is_empty() {
            inside.push(text(opening.join("\n")));
        }
        for field in &embed.fields {
            inside.push(separator());
            inside.push(text(format!("**{}**\n{}", field.name, field.value)));
        }
        if let Some(image) = &embed.image {
            let file = image.url.strip_prefix("attachment://");
            let alt = message.attachments.iter().find(|a| Some(a.filename.as_str()) == file);
            let description = alt.and_then(|a| a.description.clone());
            let item = GalleryItem { media: Media { url: image.url.clone() }, description };
            inside.push(Component::Gallery(MediaGallery { kind: 12, items: vec![item] }));
        }
        if let Some(footer) = &embed.footer {
            inside.push(separator());
            inside.push(text(format!("-# {}", footer.text)));
        }
        for row in &message.components {
            let mut row = row.clone();
            for button in &mut row.components {
                button.custom_id.push_str(V2_SUFFIX);
            }
            inside.push(Component::Row(row));
        }
        let container = Container { kind: 17, accent_color: embed.color, components: inside };
        // A layout has no content: what a message says above its embed (a role mention, a
        // preview's intro) comes first, as a text of its own.
        let above = message.content.clone().map(text);
        let layout = Layout {
            flags: IS_COMPONENTS_V2 | (message.flags.unwrap_or(0) & EPHEMERAL),
            components: above.into_iter().chain([Component::Container(container)]).collect(),
            attachments: message.attachments.clone(),
        };
        (layout.count() <= MAX_COMPONENTS && layout.text_len() <= MAX_TEXT).then_some(layout)
    }

    /// Every component, nested ones included.
    pub fn count(&self) -> usize {
        fn count(component: &Component) -> usize {
            1 + match component {
                Component::Container(c) => c.components.iter().map(count).sum(),
                Component::Row(row) => row.components.len(),
                _ => 0,
            }
        }
        self.components.iter().map(count).sum()
    }

    /// The characters of every text display.
    pub fn text_len(&self) -> usize {
        fn len(component: &Component) -> usize {
            match component {
                Component::Container(c) => c.components.iter().map(len).sum(),
                Component::Text(t) => t.content.chars().count(),
                _ => 0,
            }
        }
        self.components.iter().map(len).sum()
    }
}
