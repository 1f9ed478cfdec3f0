//! The timeline as a picture: the dated facts on a time axis, one row each, coloured by domain,
//! spans drawn as bars, dates known only to the year, part of a year or season as pale bars,
//! hedged facts hollow, the recent ones in a column of their own. Every word comes from the
//! locales, in one language; the font is bundled, so the picture is the same on any machine:
//! DejaVu Sans (the `dejavu` crate) for Latin, Cyrillic and Greek scripts, and subsets of Noto
//! Sans CJK (`assets/fonts/`, made by `scripts/subset-cjk-fonts.py`) for Korean and Japanese.
//! Drawn with tiny-skia and ab_glyph, encoded as PNG.
//!
//! Readable at any size of store: one row per fact, and at most [`MAX_ROWS`](crate::content::reply::MAX_ROWS) rows, the latest
//! facts; the others are counted, on the picture and in the reply ([`not_drawn`](crate::content::reply::not_drawn)). Each label
//! is fitted to its row and column, so no two labels overlap (`Picture::labels` records every
//! text drawn, for the tests to check).

use std::sync::Arc;

use ab_glyph::{point, Font, FontRef, PxScale, ScaleFont};
use tiny_skia::{Color, FillRule, Paint, PathBuilder, Pixmap, PremultipliedColorU8, Rect, Stroke, Transform};

use crate::content::facts::{Domain, Fact, Store};
use crate::content::render::{color, Renderer};
use crate::content::reply::MAX_ROWS;
use crate::content::text::{Arg, Text};
use crate::content::when::{Point, When};

/// The picture's file name, which the embed points to as `attachment://timeline.png`.
pub const FILENAME: &str = "timeline.png";
/// Discord's limit on an attachment's description (its alt text).
pub const ALT_LIMIT: usize = 1024;

const WIDTH: u32 = 1200;
const MARGIN: f32 = 24.0;
const LABEL_WIDTH: f32 = 400.0;
const RECENT_WIDTH: f32 = 150.0;
const ROW: f32 = 24.0;
const LINE: f32 = 22.0;
const TITLE_SIZE: f32 = 26.0;
const TEXT_SIZE: f32 = 15.0;
const SMALL_SIZE: f32 = 13.0;

const INK: [u8; 3] = [0x22, 0x26, 0x2E];
const MUTED: [u8; 3] = [0x5D, 0x6D, 0x7E];
const GRID: [u8; 3] = [0xD5, 0xDA, 0xE1];
const STRIPE: [u8; 3] = [0xF2, 0xF4, 0xF7];
const PAPER: [u8; 3] = [0xFF, 0xFF, 0xFF];

/// A rendered timeline.
#[derive(Clone)]
pub struct Picture {
    pub png: Arc<[u8]>,
    /// What the picture shows, for screen readers (at most [`ALT_LIMIT`] characters).
    pub alt: String,
    pub width: u32,
    pub height: u32,
    /// How many facts are drawn, and how many are not.
    pub drawn: usize,
    pub not_drawn: usize,
    /// Where each text was drawn, and what it says.
    pub labels: Vec<Label>,
    /// Characters of the drawn texts that the font has no glyph for (drawn as nothing): none,
    /// when the bundled fonts cover the language.
    pub missing_glyphs: Vec<char>,
}

impl std::fmt::Debug for Picture {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Picture")
            .field("bytes", &self.png.len())
            .field("width", &self.width)
            .field("height", &self.height)
            .field("drawn", &self.drawn)
            .field("not_drawn", &self.not_drawn)
            .finish()
    }
}

/// A text drawn on the picture, and the box it fills.
#[derive(Debug, Clone, PartialEq)]
pub struct Label {
    pub text: String,
    pub left: f32,
    pub top: f32,
    pub right: f32,
    pub bottom: f32,
}

impl Label {
    pub fn overlaps(&self, other: &Label) -> bool {
        self.left < other.right
            && other.left < self.right
            && self.top < other.bottom
            && other.top < self.bottom
    }
}

/// The facts the picture draws, oldest first (recent ones last), and how many are left out.
pub fn chosen(store: &Store) -> (Vec<&Fact>, usize) {
    let all: Vec<&Fact> = store.timeline().collect();
    let skipped = all.len().saturating_sub(MAX_ROWS);
    (all[skipped..].to_vec(), skipped)
}

/// How a fact sits on the axis.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Mark {
    /// A month: a dot.
    Month(i32),
    /// From one month to another, both included: a bar.
    Span(i32, i32),
    /// Some month of a range (a year, a part of it, a season): a pale bar.
    Rough(i32, i32),
    /// Recently, undated: a dot in the recent column.
    Recent,
}

fn month_index((year, month): (i32, u32)) -> i32 {
    year * 12 + month as i32 - 1
}

fn mark(fact: &Fact) -> Mark {
    match fact.when {
        None => Mark::Recent,
        Some(when) => {
            let (start, end) = when.sort_key();
            let (start, end) = (month_index(start), month_index(end));
            match when {
                When::At(Point::Month(_)) => Mark::Month(start),
                When::At(_) => Mark::Rough(start, end),
                When::Span(..) => Mark::Span(start, end),
            }
        }
    }
}

struct Fonts {
    regular: FontRef<'static>,
    bold: FontRef<'static>,
    oblique: FontRef<'static>,
}

impl Fonts {
    /// The fonts of a language (a tag such as `ko` or `en-US`). Korean and Japanese get Noto
    /// Sans CJK, in their own faces (the shapes of some characters differ), with no oblique:
    /// hedged rows are told by their hollow marks there.
    fn for_language(tag: &str) -> Fonts {
        let font = |bytes: &'static [u8]| FontRef::try_from_slice(bytes).expect("the bundled font parses");
        let cjk = |regular: &'static [u8], bold: &'static [u8]| Fonts {
            regular: font(regular),
            bold: font(bold),
            oblique: font(regular),
        };
        match tag.split('-').next().unwrap_or(tag) {
            "ko" => cjk(
                include_bytes!("../../assets/fonts/NotoSansCJKkr-Regular.subset.otf"),
                include_bytes!("../../assets/fonts/NotoSansCJKkr-Bold.subset.otf"),
            ),
            "ja" => cjk(
                include_bytes!("../../assets/fonts/NotoSansCJKjp-Regular.subset.otf"),
                include_bytes!("../../assets/fonts/NotoSansCJKjp-Bold.subset.otf"),
            ),
            _ => Fonts {
                regular: font(dejavu::sans::regular()),
                bold: font(dejavu::sans::bold()),
                oblique: font(dejavu::sans::oblique()),
            },
        }
    }
}

/// Text drawing and measuring on a pixmap, recording each text's box.
struct Canvas {
    pixmap: Pixmap,
    labels: Vec<Label>,
    missing: Vec<char>,
}

fn width_of(font: &FontRef<'static>, size: f32, text: &str) -> f32 {
    let scaled = font.as_scaled(PxScale::from(size));
    let mut width = 0.0;
    let mut previous = None;
    for c in text.chars() {
        let id = scaled.glyph_id(c);
        if let Some(previous) = previous {
            width += scaled.kern(previous, id);
        }
        width += scaled.h_advance(id);
        previous = Some(id);
    }
    width
}

/// The text, cut with "…" to fit a width.
fn fit(font: &FontRef<'static>, size: f32, text: &str, max: f32) -> String {
    if width_of(font, size, text) <= max {
        return text.to_owned();
    }
    let mut chars: Vec<char> = text.chars().collect();
    while !chars.is_empty() {
        chars.pop();
        let candidate: String = chars.iter().collect::<String>().trim_end().to_owned() + "…";
        if width_of(font, size, &candidate) <= max {
            return candidate;
        }
    }
    String::new()
}

impl Canvas {
    /// Draws a line of text with its top left at (x, top); returns its width.
    fn text(
        &mut self,
        font: &FontRef<'static>,
        size: f32,
        x: f32,
        top: f32,
        text: &str,
        rgb: [u8; 3],
    ) -> f32 {
        let scaled = font.as_scaled(PxScale::from(size));
        let baseline = top + scaled.ascent();
        let mut caret = x;
        let mut previous = None;
        let (width, height) = (self.pixmap.width(), self.pixmap.height());
        let pixels = self.pixmap.pixels_mut();
        for c in text.chars() {
            let id = scaled.glyph_id(c);
            if id.0 == 0 && !c.is_whitespace() && !self.missing.contains(&c) {
                self.missing.push(c);
            }
            if let Some(previous) = previous {
                caret += scaled.kern(previous, id);
            }
            let glyph = id.with_scale_and_position(PxScale::from(size), point(caret, baseline));
            caret += scaled.h_advance(id);
            previous = Some(id);
            let Some(outline) = font.outline_glyph(glyph) else { continue };
            let bounds = outline.px_bounds();
            outline.draw(|gx, gy, coverage| {
                let px = bounds.min.x as i64 + i64::from(gx);
                let py = bounds.min.y as i64 + i64::from(gy);
                if px < 0 || py < 0 || px >= i64::from(width) || py >= i64::from(height) {
                    return;
                }
                let pixel = &mut pixels[(py as usize) * width as usize + px as usize];
                *pixel = blend(*pixel, rgb, coverage.clamp(0.0, 1.0));
            });
        }
        let bottom = top + scaled.ascent() - scaled.descent();
        self.labels.push(Label { text: text.to_owned(), left: x, top, right: caret, bottom });
        caret - x
    }

    fn fill(&mut self, rect: Option<Rect>, rgb: [u8; 3], alpha: u8) {
        if let Some(rect) = rect {
            self.pixmap.fill_rect(rect, &paint(rgb, alpha), Transform::identity(), None);
        }
    }

    fn circle(&mut self, x: f32, y: f32, radius: f32, rgb: [u8; 3], hollow: bool) {
        let Some(path) = PathBuilder::from_circle(x, y, radius) else { return };
        if hollow {
            self.pixmap.fill_path(&path, &paint(PAPER, 255), FillRule::Winding, Transform::identity(), None);
            let stroke = Stroke { width: 2.0, ..Stroke::default() };
            self.pixmap.stroke_path(&path, &paint(rgb, 255), &stroke, Transform::identity(), None);
        } else {
            self.pixmap.fill_path(&path, &paint(rgb, 255), FillRule::Winding, Transform::identity(), None);
        }
    }

    /// A bar from `left` to `right` around `y`: solid, pale, or hollow (hedged).
    fn bar(&mut self, left: f32, right: f32, y: f32, rgb: [u8; 3], pale: bool, hollow: bool) {
        let height = if pale { 8.0 } else { 10.0 };
        let Some(rect) = Rect::from_xywh(left, y - height / 2.0, (right - left).max(2.0), height) else {
            return;
        };
        let fill_alpha = if pale { 80 } else { 255 };
        if hollow {
            self.fill(Some(rect), PAPER, 255);
            if pale {
                self.fill(Some(rect), rgb, fill_alpha / 2);
            }
            let path = PathBuilder::from_rect(rect);
            let stroke = Stroke { width: 2.0, ..Stroke::default() };
            self.pixmap.stroke_path(&path, &paint(rgb, 255), &stroke, Transform::identity(), None);
        } else {
            self.fill(Some(rect), rgb, fill_alpha);
        }
    }
}

fn paint(rgb: [u8; 3], alpha: u8) -> Paint<'static> {
    let mut paint = Paint::default();
    paint.set_color_rgba8(rgb[0], rgb[1], rgb[2], alpha);
    paint.anti_alias = true;
    paint
}

/// Paints `rgb` over an opaque pixel with `coverage`.
fn blend(under: PremultipliedColorU8, rgb: [u8; 3], coverage: f32) -> PremultipliedColorU8 {
    let mix = |below: u8, above: u8| {
        (f32::from(below) * (1.0 - coverage) + f32::from(above) * coverage).round() as u8
    };
    PremultipliedColorU8::from_rgba(
        mix(under.red(), rgb[0]),
        mix(under.green(), rgb[1]),
        mix(under.blue(), rgb[2]),
        255,
    )
    .unwrap_or(under)
}

fn rgb_of(domain: Domain) -> [u8; 3] {
    let c = color(Some(domain));
    [(c >> 16) as u8, (c >> 8) as u8, c as u8]
}

/// Everything the picture says, in one language, before anything is drawn.
struct Words {
    title: String,
    recent: String,
    domains: Vec<(Domain, String)>,
    hedged: String,
    span: String,
    rough: String,
    rows: Vec<String>,
    inferred: Option<String>,
    not_drawn: Option<String>,
    alt: String,
}

fn words(facts: &[&Fact], skipped: usize, renderer: &Renderer) -> Words {
    let say = |text: Text| renderer.text(&text);
    let mut domains: Vec<Domain> = facts.iter().map(|f| f.domain).collect();
    domains.sort();
    domains.dedup();
    let domains: Vec<(Domain, String)> =
        domains.into_iter().map(|d| (d, say(Text::domain(d, None)))).collect();
    let rows = facts
        .iter()
        .map(|fact| {
            let mut title = say(Text::fact(fact, Some("title")));
            // Whom the article attributes a fact to is drawn with it, as the reply says it.
            if let Some(attribution) = &fact.attribution {
                title = say(Text::new("timeline-attributed")
                    .arg("title", Arg::Word(title))
                    .arg("source", Arg::Text(Text::new(format!("source-{attribution}")))));
            }
            if fact.year_from_context {
                say(Text::new("when-inferred").arg("when", Arg::Word(title)))
            } else {
                title
            }
        })
        .collect();
    let not_drawn = (skipped > 0).then(|| {
        say(Text::new("timeline-not-drawn")
            .arg("drawn", Arg::Number(facts.len() as i64))
            .arg("hidden", Arg::Number(skipped as i64)))
    });
    let dated: Vec<When> = facts.iter().filter_map(|f| f.when).collect();
    let from = dated.iter().min_by_key(|w| w.sort_key().0).map(|w| w.start());
    let to = dated.iter().max_by_key(|w| w.sort_key().1).map(|w| match w {
        When::At(p) | When::Span(_, p) => *p,
    });
    // An end of the period whose year is inferred is marked, as in the rows and replies.
    let inferred_at = |point: Point| {
        facts
            .iter()
            .any(|f| f.year_from_context && f.when.is_some_and(|w| w.start() == point || w.end() == point))
    };
    let end = |point: Point| {
        let text = Arg::When(When::At(point));
        if inferred_at(point) {
            Arg::Text(Text::new("when-inferred").arg("when", text))
        } else {
            text
        }
    };
    let period = match (from, to) {
        (Some(from), Some(to)) => say(Text::new("when-span").arg("from", end(from)).arg("to", end(to))),
        _ => say(Text::new("timeline-undated")),
    };
    let hedged_count = facts.iter().filter(|f| f.is_hedged()).count();
    let mut alt = say(Text::new("timeline-alt")
        .arg("count", Arg::Number(facts.len() as i64))
        .arg("period", Arg::Word(period))
        .arg("domains", Arg::Word(renderer.join(domains.iter().map(|(_, name)| name.clone()))))
        .arg("hedged", Arg::Number(hedged_count as i64)));
    if let Some(note) = &not_drawn {
        alt.push(' ');
        alt.push_str(note);
    }
    let inferred = facts.iter().any(|f| f.year_from_context).then(|| say(Text::new("footer-inferred")));
    if let Some(note) = &inferred {
        alt.push(' ');
        alt.push_str(note);
    }
    Words {
        title: say(Text::new("reply-timeline-title")),
        recent: say(Text::new("timeline-undated")),
        domains,
        hedged: say(Text::new("timeline-legend-hedged")),
        span: say(Text::new("timeline-legend-span")),
        rough: say(Text::new("timeline-legend-rough")),
        rows,
        inferred,
        not_drawn,
        alt: crate::content::message::truncate(&alt, ALT_LIMIT),
    }
}

/// Draws the timeline of a store in one language.
pub fn timeline(store: &Store, renderer: &Renderer) -> Picture {
    let fonts = Fonts::for_language(&renderer.language_tag());
    let (facts, skipped) = chosen(store);
    let words = words(&facts, skipped, renderer);
    let marks: Vec<Mark> = facts.iter().map(|f| mark(f)).collect();
    let has_recent = marks.contains(&Mark::Recent);
    let right = WIDTH as f32 - MARGIN;
    let chart_left = MARGIN + LABEL_WIDTH + 16.0;
    let chart_right = if has_recent { right - RECENT_WIDTH } else { right };

    // The legend flows over as many lines as it needs.
    let mut legend: Vec<(LegendSample, &str)> =
        words.domains.iter().map(|(d, name)| (LegendSample::Domain(*d), name.as_str())).collect();
    legend.push((LegendSample::Hedged, &words.hedged));
    legend.push((LegendSample::Span, &words.span));
    legend.push((LegendSample::Rough, &words.rough));
    let legend_top = MARGIN + TITLE_SIZE + 14.0;
    let mut placed = Vec::new();
    let (mut x, mut y) = (MARGIN, legend_top);
    for (sample, text) in legend {
        let text = fit(&fonts.regular, SMALL_SIZE, text, right - MARGIN - 30.0);
        let width = 26.0 + width_of(&fonts.regular, SMALL_SIZE, &text);
        if x > MARGIN && x + width > right {
            x = MARGIN;
            y += LINE;
        }
        placed.push((sample, text, x, y));
        x += width + 22.0;
    }
    let axis_top = y + LINE + 12.0;
    let rows_top = axis_top + LINE + 6.0;
    let rows_bottom = rows_top + ROW * facts.len() as f32;
    let notes: Vec<&String> = [&words.inferred, &words.not_drawn].into_iter().flatten().collect();
    let height = (rows_bottom + 10.0 + LINE * notes.len() as f32 + MARGIN).ceil() as u32;

    let mut canvas = Canvas {
        pixmap: Pixmap::new(WIDTH, height).expect("a picture size"),
        labels: Vec::new(),
        missing: Vec::new(),
    };
    canvas.pixmap.fill(Color::from_rgba8(PAPER[0], PAPER[1], PAPER[2], 255));
    canvas.text(
        &fonts.bold,
        TITLE_SIZE,
        MARGIN,
        MARGIN,
        &fit(&fonts.bold, TITLE_SIZE, &words.title, right - MARGIN),
        INK,
    );
    for (sample, text, x, y) in &placed {
        let middle = y + LINE / 2.0 - 2.0;
        match sample {
            LegendSample::Domain(d) => canvas.circle(x + 8.0, middle, 6.0, rgb_of(*d), false),
            LegendSample::Hedged => canvas.circle(x + 8.0, middle, 6.0, MUTED, true),
            LegendSample::Span => canvas.bar(*x, x + 18.0, middle, MUTED, false, false),
            LegendSample::Rough => canvas.bar(*x, x + 18.0, middle, MUTED, true, false),
        }
        canvas.text(&fonts.regular, SMALL_SIZE, x + 26.0, *y, text, INK);
    }

    // The axis: whole years, from the first dated month drawn to the last.
    let dated: Vec<(i32, i32)> = marks
        .iter()
        .filter_map(|m| match *m {
            Mark::Month(at) => Some((at, at)),
            Mark::Span(a, b) | Mark::Rough(a, b) => Some((a, b)),
            Mark::Recent => None,
        })
        .collect();
    let first_year = dated.iter().map(|(a, _)| a.div_euclid(12)).min();
    let last_year = dated.iter().map(|(_, b)| b.div_euclid(12)).max();
    let (first_month, months) = match (first_year, last_year) {
        (Some(first), Some(last)) => (first * 12, (last - first + 1) * 12),
        _ => (0, 12),
    };
    let month_width = (chart_right - chart_left) / months as f32;
    let x_of = |month: i32| chart_left + (month - first_month) as f32 * month_width;

    for row in (0..facts.len()).step_by(2) {
        let top = rows_top + ROW * row as f32;
        canvas.fill(Rect::from_xywh(MARGIN, top, right - MARGIN, ROW), STRIPE, 255);
    }
    if first_year.is_some() {
        let mut last_label_right = f32::MIN;
        for index in 0..=months / 12 {
            let x = x_of(first_month + index * 12);
            canvas.fill(
                Rect::from_xywh(x - 0.5, axis_top + LINE, 1.0, rows_bottom - axis_top - LINE),
                GRID,
                255,
            );
            if index == months / 12 {
                break;
            }
            if month_width * 3.0 >= 6.0 {
                for quarter in 1..4 {
                    let qx = x + month_width * 3.0 * quarter as f32;
                    canvas.fill(Rect::from_xywh(qx - 0.5, axis_top + LINE - 4.0, 1.0, 4.0), GRID, 255);
                }
            }
            let year = renderer
                .text(&Text::new("when-year").arg("year", Arg::Word((first_month / 12 + index).to_string())));
            let width = width_of(&fonts.bold, SMALL_SIZE, &year);
            let label_left = x + month_width * 6.0 - width / 2.0;
            if label_left > last_label_right + 8.0 {
                canvas.text(&fonts.bold, SMALL_SIZE, label_left, axis_top, &year, MUTED);
                last_label_right = label_left + width;
            }
        }
        canvas.fill(
            Rect::from_xywh(chart_left, axis_top + LINE - 1.0, chart_right - chart_left, 1.5),
            MUTED,
            255,
        );
    }
    let recent_middle = chart_right + RECENT_WIDTH / 2.0;
    if has_recent {
        let label = fit(&fonts.bold, SMALL_SIZE, &words.recent, RECENT_WIDTH - 16.0);
        let width = width_of(&fonts.bold, SMALL_SIZE, &label);
        canvas.text(&fonts.bold, SMALL_SIZE, recent_middle - width / 2.0, axis_top, &label, MUTED);
        canvas.fill(
            Rect::from_xywh(chart_right + 8.0, axis_top + LINE - 1.0, RECENT_WIDTH - 8.0, 1.5),
            MUTED,
            255,
        );
    }

    for (index, ((fact, mark), label)) in facts.iter().zip(&marks).zip(&words.rows).enumerate() {
        let top = rows_top + ROW * index as f32;
        let middle = top + ROW / 2.0;
        let hedged = fact.is_hedged();
        let font = if hedged { &fonts.oblique } else { &fonts.regular };
        let text = fit(font, TEXT_SIZE, label, LABEL_WIDTH);
        canvas.text(font, TEXT_SIZE, MARGIN + 4.0, top + 3.0, &text, INK);
        let rgb = rgb_of(fact.domain);
        match *mark {
            Mark::Month(at) => canvas.circle(x_of(at) + month_width / 2.0, middle, 6.0, rgb, hedged),
            Mark::Span(a, b) => canvas.bar(x_of(a), x_of(b + 1), middle, rgb, false, hedged),
            Mark::Rough(a, b) => canvas.bar(x_of(a), x_of(b + 1), middle, rgb, true, hedged),
            Mark::Recent => canvas.circle(recent_middle, middle, 6.0, rgb, hedged),
        }
    }
    let mut note_top = rows_bottom + 10.0;
    for note in notes {
        let text = fit(&fonts.regular, SMALL_SIZE, note, right - MARGIN);
        canvas.text(&fonts.regular, SMALL_SIZE, MARGIN, note_top, &text, MUTED);
        note_top += LINE;
    }

    let png = encode(&canvas.pixmap);
    Picture {
        png: png.into(),
        alt: words.alt,
        width: WIDTH,
        height,
        drawn: facts.len(),
        not_drawn: skipped,
        labels: canvas.labels,
        missing_glyphs: canvas.missing,
    }
}

#[derive(Debug, Clone, Copy)]
enum LegendSample {
    Domain(Domain),
    Hedged,
    Span,
    Rough,
}

/// The pixmap as an RGB PNG (the picture is opaque, so premultiplied is plain).
fn encode(pixmap: &Pixmap) -> Vec<u8> {
    let rgb: Vec<u8> = pixmap.pixels().iter().flat_map(|p| [p.red(), p.green(), p.blue()]).collect();
    let mut out = Vec::new();
    let mut encoder = png::Encoder::new(&mut out, pixmap.width(), pixmap.height());
    encoder.set_color(png::ColorType::Rgb);
    encoder.set_depth(png::BitDepth::Eight);
    encoder.set_compression(png::Compression::High);
    let mut writer = encoder.write_header().expect("a PNG header writes to memory");
    writer.write_image_data(&rgb).expect("PNG data writes to memory");
    writer.finish().expect("a PNG finishes in memory");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn missing(tag: &str, text: &str) -> Vec<char> {
        let fonts = Fonts::for_language(tag);
        let mut canvas =
            Canvas { pixmap: Pixmap::new(200, 40).expect("a size"), labels: Vec::new(), missing: Vec::new() };
        canvas.text(&fonts.regular, TEXT_SIZE, 0.0, 0.0, text, INK);
        canvas.missing
    }

    #[test]
    fn each_script_is_drawn_in_a_font_that_has_it() {
        assert_eq!(missing("en-US", "북러 동맹"), ['북', '러', '동', '맹'], "DejaVu has no Hangul");
        assert!(missing("ko", "북러 동맹 2025년").is_empty());
        assert!(missing("ja", "同盟の年表 2025年").is_empty());
        assert!(missing("ru", "Хронология альянса").is_empty());
    }
}
