//! The wizard's look, for the light and the dark theme: text sizes people can
//! read (body 15 px at scale 1, as Thunderbird uses) and colours that meet
//! WCAG 2.2 AA on every background they are drawn on.
//!
//! egui's own defaults miss that: dim text measures 2.7:1 (dark) and 2.9:1
//! (light), error red 4.3:1 on dark, text fields and buttons at rest have no
//! visible boundary, and body text is 13 px. The figures for this palette are
//! computed from the installed `Style` by the tests below and recorded in
//! `docs/ACCESSIBILITY.md`.
//!
//! Every colour the wizard chooses itself (the pass green, the icon ink, the
//! sandbox banner) is here too, so that one test covers them all.

use egui::{Color32, FontFamily, FontId, Stroke, TextStyle, Theme, Visuals};

/// One theme's colours. Each is named for where it is drawn, so that the
/// contrast test can pair it with the background it sits on.
struct Palette {
    /// Panels and windows.
    background: Color32,
    /// Striped rows and other barely-there fills.
    faint_background: Color32,
    /// Text fields.
    field_background: Color32,
    /// Behind code and monospace snippets.
    code_background: Color32,
    text: Color32,
    /// Secondary words ("Server said:", timings). Still AA, only quieter.
    weak_text: Color32,
    /// Bold words and text under the pointer or keyboard focus.
    strong_text: Color32,
    link: Color32,
    warning: Color32,
    error: Color32,
    pass: Color32,
    /// A button at rest, under the pointer, and pressed or focused.
    button_fill: Color32,
    button_hover_fill: Color32,
    button_active_fill: Color32,
    button_text: Color32,
    /// Inside a checkbox or radio button.
    check_fill: Color32,
    /// The outline that shows where a control is (WCAG 1.4.11).
    control_boundary: Color32,
    control_boundary_hover: Color32,
    /// The keyboard focus outline, also the text field's outline while typing.
    focus: Color32,
    /// Separators and card outlines: decoration, not needed to find a control.
    separator: Color32,
    selection_fill: Color32,
    /// Drawn on the icons' coloured discs (the tick, the cross).
    icon_ink: Color32,
    banner_fill: Color32,
    banner_text: Color32,
}

const DARK: Palette = Palette {
    background: Color32::from_rgb(0x1b, 0x1b, 0x1b),
    faint_background: Color32::from_rgb(0x24, 0x24, 0x24),
    field_background: Color32::from_rgb(0x0f, 0x0f, 0x0f),
    code_background: Color32::from_rgb(0x33, 0x33, 0x33),
    text: Color32::from_rgb(0xde, 0xde, 0xde),
    weak_text: Color32::from_rgb(0xa8, 0xa8, 0xa8),
    strong_text: Color32::WHITE,
    link: Color32::from_rgb(0x8a, 0xb4, 0xf8),
    warning: Color32::from_rgb(0xf0, 0xb4, 0x40),
    error: Color32::from_rgb(0xff, 0x8a, 0x80),
    pass: Color32::from_rgb(0x7d, 0xd8, 0x82),
    button_fill: Color32::from_rgb(0x3c, 0x3c, 0x3c),
    button_hover_fill: Color32::from_rgb(0x4a, 0x4a, 0x4a),
    button_active_fill: Color32::from_rgb(0x2c, 0x2c, 0x2c),
    button_text: Color32::from_rgb(0xe8, 0xe8, 0xe8),
    check_fill: Color32::from_rgb(0x2c, 0x2c, 0x2c),
    control_boundary: Color32::from_rgb(0x8c, 0x8c, 0x8c),
    control_boundary_hover: Color32::from_rgb(0xbd, 0xbd, 0xbd),
    focus: Color32::from_rgb(0x8a, 0xb4, 0xf8),
    separator: Color32::from_rgb(0x4a, 0x4a, 0x4a),
    selection_fill: Color32::from_rgb(0x1f, 0x4a, 0x7a),
    icon_ink: Color32::BLACK,
    banner_fill: Color32::from_rgb(0x5c, 0x40, 0x00),
    banner_text: Color32::from_rgb(0xff, 0xe0, 0x8a),
};

const LIGHT: Palette = Palette {
    background: Color32::from_rgb(0xf8, 0xf8, 0xf8),
    faint_background: Color32::from_rgb(0xef, 0xef, 0xef),
    field_background: Color32::WHITE,
    code_background: Color32::from_rgb(0xe6, 0xe6, 0xe6),
    text: Color32::from_rgb(0x1f, 0x1f, 0x1f),
    weak_text: Color32::from_rgb(0x59, 0x59, 0x59),
    strong_text: Color32::BLACK,
    link: Color32::from_rgb(0x0b, 0x57, 0xd0),
    warning: Color32::from_rgb(0x8a, 0x4b, 0x00),
    error: Color32::from_rgb(0xb3, 0x26, 0x1e),
    pass: Color32::from_rgb(0x1b, 0x6e, 0x20),
    button_fill: Color32::from_rgb(0xe6, 0xe6, 0xe6),
    button_hover_fill: Color32::from_rgb(0xd9, 0xd9, 0xd9),
    button_active_fill: Color32::from_rgb(0xc8, 0xc8, 0xc8),
    button_text: Color32::from_rgb(0x14, 0x14, 0x14),
    check_fill: Color32::WHITE,
    control_boundary: Color32::from_rgb(0x76, 0x76, 0x76),
    control_boundary_hover: Color32::from_rgb(0x4a, 0x4a, 0x4a),
    focus: Color32::from_rgb(0x0b, 0x57, 0xd0),
    separator: Color32::from_rgb(0xc4, 0xc4, 0xc4),
    selection_fill: Color32::from_rgb(0xb9, 0xd6, 0xfb),
    icon_ink: Color32::WHITE,
    banner_fill: Color32::from_rgb(0xff, 0xec, 0xb3),
    banner_text: Color32::from_rgb(0x4a, 0x33, 0x00),
};

/// Text sizes at scale 1, in points. Thunderbird's body text is 15 px; small
/// print stays at 13 so that nothing the user must read is tiny.
const BODY_SIZE: f32 = 15.0;
const SMALL_SIZE: f32 = 13.0;
const MONOSPACE_SIZE: f32 = 14.0;
const HEADING_SIZE: f32 = 22.0;

/// The focus outline is twice as wide as a boundary at rest, so focus shows
/// by shape as well as by colour.
const FOCUS_WIDTH: f32 = 2.0;

fn palette_of(visuals: &Visuals) -> &'static Palette {
    if visuals.dark_mode { &DARK } else { &LIGHT }
}

/// Where `install_once` notes that the context already has the look.
fn installed_flag() -> egui::Id {
    egui::Id::unique("mailsetup theme installed")
}

/// Installs the wizard's look on `ctx` for both themes, so that switching
/// between light and dark (or following the system) keeps it.
pub(super) fn install(ctx: &egui::Context) {
    for (theme, palette) in [(Theme::Light, &LIGHT), (Theme::Dark, &DARK)] {
        ctx.style_mut_of(theme, |style| apply(style, palette));
    }
    ctx.data_mut(|data| data.insert_temp(installed_flag(), true));
}

/// [`install`], once per context; for code paths (the tests' harnesses) that
/// never pass through [`super::run`]. The current frame's `ui` gets the look
/// too, so even the first frame is laid out with the final text sizes.
pub(super) fn install_once(ui: &mut egui::Ui) {
    let ctx = ui.ctx().clone();
    if ctx.data(|data| data.get_temp::<bool>(installed_flag())).unwrap_or(false) {
        return;
    }
    install(&ctx);
    ui.set_style(ctx.global_style());
}

fn apply(style: &mut egui::Style, palette: &Palette) {
    style.text_styles = [
        (TextStyle::Small, FontId::new(SMALL_SIZE, FontFamily::Proportional)),
        (TextStyle::Body, FontId::new(BODY_SIZE, FontFamily::Proportional)),
        (TextStyle::Button, FontId::new(BODY_SIZE, FontFamily::Proportional)),
        (TextStyle::Heading, FontId::new(HEADING_SIZE, FontFamily::Proportional)),
        (TextStyle::Monospace, FontId::new(MONOSPACE_SIZE, FontFamily::Monospace)),
    ]
    .into();

    // Controls grow with the text, so a 15 px label still sits inside its
    // button with room around it, and boxes are big enough to hit.
    let spacing = &mut style.spacing;
    spacing.interact_size.y = 24.0;
    spacing.button_padding = egui::vec2(10.0, 3.0);
    spacing.item_spacing = egui::vec2(8.0, 5.0);
    spacing.icon_width = 16.0;
    spacing.icon_width_inner = 9.0;
    spacing.indent = 22.0;

    let visuals = &mut style.visuals;
    visuals.override_text_color = None;
    visuals.weak_text_color = Some(palette.weak_text);
    visuals.hyperlink_color = palette.link;
    visuals.warn_fg_color = palette.warning;
    visuals.error_fg_color = palette.error;
    visuals.panel_fill = palette.background;
    visuals.window_fill = palette.background;
    visuals.window_stroke = Stroke::new(1.0, palette.separator);
    visuals.faint_bg_color = palette.faint_background;
    visuals.extreme_bg_color = palette.field_background;
    visuals.text_edit_bg_color = Some(palette.field_background);
    visuals.code_bg_color = palette.code_background;
    visuals.selection.bg_fill = palette.selection_fill;
    visuals.selection.stroke = Stroke::new(FOCUS_WIDTH, palette.focus);
    visuals.text_cursor.stroke = Stroke::new(2.0, palette.focus);

    let widgets = &mut visuals.widgets;
    let plain = &mut widgets.noninteractive;
    plain.bg_fill = palette.background;
    plain.weak_bg_fill = palette.background;
    plain.bg_stroke = Stroke::new(1.0, palette.separator);
    plain.fg_stroke = Stroke::new(1.0, palette.text);

    let at_rest = &mut widgets.inactive;
    at_rest.weak_bg_fill = palette.button_fill;
    at_rest.bg_fill = palette.check_fill;
    at_rest.bg_stroke = Stroke::new(1.0, palette.control_boundary);
    at_rest.fg_stroke = Stroke::new(1.0, palette.button_text);

    let hovered = &mut widgets.hovered;
    hovered.weak_bg_fill = palette.button_hover_fill;
    hovered.bg_fill = palette.check_fill;
    hovered.bg_stroke = Stroke::new(1.0, palette.control_boundary_hover);
    hovered.fg_stroke = Stroke::new(1.5, palette.strong_text);

    // egui draws a focused widget in its "active" look: this is the focus indicator.
    let active = &mut widgets.active;
    active.weak_bg_fill = palette.button_active_fill;
    active.bg_fill = palette.check_fill;
    active.bg_stroke = Stroke::new(FOCUS_WIDTH, palette.focus);
    active.fg_stroke = Stroke::new(2.0, palette.strong_text);

    let open = &mut widgets.open;
    open.weak_bg_fill = palette.button_hover_fill;
    open.bg_fill = palette.check_fill;
    open.bg_stroke = Stroke::new(1.0, palette.control_boundary_hover);
    open.fg_stroke = Stroke::new(1.0, palette.strong_text);
}

/// The colour of "Passed" and its icon.
pub(super) fn pass_color(visuals: &Visuals) -> Color32 {
    palette_of(visuals).pass
}

/// The colour of "FAILED", error lines and their icon.
pub(super) fn fail_color(visuals: &Visuals) -> Color32 {
    visuals.error_fg_color
}

/// The colour of "Warning:" and its icon.
pub(super) fn warn_color(visuals: &Visuals) -> Color32 {
    visuals.warn_fg_color
}

/// The colour of "Skipped" and its icon: quiet, but still readable.
pub(super) fn skip_color(visuals: &Visuals) -> Color32 {
    visuals.weak_text_color()
}

/// What the tick or cross is drawn with on an icon's coloured disc.
pub(super) fn icon_ink(visuals: &Visuals) -> Color32 {
    palette_of(visuals).icon_ink
}

/// The practice-mode banner: (fill, text).
pub(super) fn sandbox_banner_colors(visuals: &Visuals) -> (Color32, Color32) {
    let palette = palette_of(visuals);
    (palette.banner_fill, palette.banner_text)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// WCAG 2.2 relative luminance of an opaque sRGB colour.
    fn relative_luminance(color: [u8; 3]) -> f64 {
        let linear = |channel: u8| {
            let c = f64::from(channel) / 255.0;
            if c <= 0.04045 { c / 12.92 } else { ((c + 0.055) / 1.055).powf(2.4) }
        };
        0.2126 * linear(color[0]) + 0.7152 * linear(color[1]) + 0.0722 * linear(color[2])
    }

    /// WCAG contrast ratio, from 1 (none) to 21 (black on white).
    fn contrast_ratio(a: [u8; 3], b: [u8; 3]) -> f64 {
        let (la, lb) = (relative_luminance(a), relative_luminance(b));
        (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
    }

    /// What the eye sees: `color` (premultiplied, possibly translucent or
    /// additive, as egui stores it) painted over an opaque `below`.
    fn over(color: Color32, below: [u8; 3]) -> [u8; 3] {
        let keep = 1.0 - f32::from(color.a()) / 255.0;
        let [r, g, b, _] = color.to_array();
        let mix = |top: u8, under: u8| (f32::from(top) + f32::from(under) * keep).round().min(255.0) as u8;
        [mix(r, below[0]), mix(g, below[1]), mix(b, below[2])]
    }

    fn opaque(color: Color32) -> [u8; 3] {
        over(color, [0, 0, 0])
    }

    /// Text needs 4.5:1 (WCAG 1.4.3); control boundaries, the focus outline
    /// and icons 3:1 (WCAG 1.4.11).
    const TEXT: f64 = 4.5;
    const NON_TEXT: f64 = 3.0;

    struct Measured {
        lines: Vec<String>,
        failures: Vec<String>,
    }

    impl Measured {
        fn pair(&mut self, theme: &str, what: &str, on: &str, foreground: [u8; 3], background: [u8; 3], needs: f64) {
            let ratio = contrast_ratio(foreground, background);
            let line = format!("{theme:5}  {what} on {on}: {ratio:.2}:1 (needs {needs}:1)");
            if ratio < needs {
                self.failures.push(line.clone());
            }
            self.lines.push(line);
        }
    }

    fn installed() -> egui::Context {
        let ctx = egui::Context::default();
        install(&ctx);
        ctx
    }

    #[test]
    fn every_colour_meets_wcag_aa_in_both_themes() {
        let ctx = installed();
        let mut measured = Measured { lines: Vec::new(), failures: Vec::new() };
        for (name, theme) in [("light", Theme::Light), ("dark", Theme::Dark)] {
            let style = ctx.style_of(theme);
            let visuals = &style.visuals;
            assert_eq!(visuals.dark_mode, theme == Theme::Dark);
            let panel = opaque(visuals.panel_fill);
            let backgrounds = [
                ("panel", panel),
                ("window", over(visuals.window_fill, panel)),
                ("faint background", over(visuals.faint_bg_color, panel)),
                ("text field", over(visuals.text_edit_bg_color(), panel)),
                ("code background", over(visuals.code_bg_color, panel)),
            ];
            let texts = [
                ("text", visuals.text_color()),
                ("weak text", visuals.weak_text_color()),
                ("strong text", visuals.strong_text_color()),
                ("link", visuals.hyperlink_color),
                ("error", fail_color(visuals)),
                ("warning", warn_color(visuals)),
                ("pass", pass_color(visuals)),
                ("skipped", skip_color(visuals)),
            ];
            for (what, color) in texts {
                for (on, background) in backgrounds {
                    measured.pair(name, what, on, over(color, background), background, TEXT);
                }
            }

            let widgets = &visuals.widgets;
            for (state, look) in [("at rest", &widgets.inactive), ("hovered", &widgets.hovered), ("pressed/focused", &widgets.active)] {
                let fill = over(look.weak_bg_fill, panel);
                measured.pair(name, &format!("button text {state}"), "its button", over(look.text_color(), fill), fill, TEXT);
            }
            let field = over(visuals.text_edit_bg_color(), panel);
            measured.pair(name, "typed text", "text field", over(widgets.inactive.text_color(), field), field, TEXT);
            measured.pair(name, "hint text", "text field", over(visuals.weak_text_color(), field), field, TEXT);
            let selected = over(visuals.selection.bg_fill, panel);
            measured.pair(name, "selected text", "selection", over(visuals.text_color(), selected), selected, TEXT);
            let (banner_fill, banner_text) = sandbox_banner_colors(visuals);
            let banner = over(banner_fill, panel);
            measured.pair(name, "sandbox banner text", "banner", over(banner_text, banner), banner, TEXT);

            // Where a control is: its outline against what surrounds it.
            let boundary = widgets.inactive.bg_stroke;
            assert!(boundary.width >= 1.0, "{name}: controls at rest need a visible outline");
            for (on, background) in [("panel", panel), ("text field", field), ("button", over(widgets.inactive.weak_bg_fill, panel))] {
                measured.pair(name, "control boundary", on, over(boundary.color, background), background, NON_TEXT);
            }
            let hover_boundary = widgets.hovered.bg_stroke.color;
            measured.pair(name, "hovered control boundary", "panel", over(hover_boundary, panel), panel, NON_TEXT);
            let check_fill = over(widgets.inactive.bg_fill, panel);
            measured.pair(name, "check mark", "checkbox", over(widgets.inactive.fg_stroke.color, check_fill), check_fill, NON_TEXT);

            // The keyboard focus indicator: buttons and checkboxes take the
            // active look, text fields the selection stroke.
            let focus = widgets.active.bg_stroke;
            let field_focus = visuals.selection.stroke;
            assert!(focus.width >= 2.0 && field_focus.width >= 2.0, "{name}: the focus outline is 2 px wide");
            let pressed = over(widgets.active.weak_bg_fill, panel);
            measured.pair(name, "focus outline", "panel", over(focus.color, panel), panel, NON_TEXT);
            measured.pair(name, "focus outline", "focused button", over(focus.color, pressed), pressed, NON_TEXT);
            measured.pair(name, "text field focus outline", "panel", over(field_focus.color, panel), panel, NON_TEXT);
            measured.pair(name, "text field focus outline", "text field", over(field_focus.color, field), field, NON_TEXT);
            measured.pair(name, "text cursor", "text field", over(visuals.text_cursor.stroke.color, field), field, NON_TEXT);

            // The painted icons: the disc against the panel, the ink on the disc.
            let ink = icon_ink(visuals);
            for (mark, color) in [("pass", pass_color(visuals)), ("fail", fail_color(visuals)), ("warning", warn_color(visuals)), ("skip", skip_color(visuals))] {
                let disc = over(color, panel);
                measured.pair(name, &format!("{mark} icon"), "panel", disc, panel, NON_TEXT);
                measured.pair(name, &format!("{mark} icon ink"), "its icon", over(ink, disc), disc, NON_TEXT);
            }
        }
        for line in &measured.lines {
            println!("{line}");
        }
        assert!(measured.failures.is_empty(), "below WCAG 2.2 AA:\n{}", measured.failures.join("\n"));
    }

    #[test]
    fn text_is_large_enough_in_both_themes() {
        let ctx = installed();
        for theme in [Theme::Light, Theme::Dark] {
            let style = ctx.style_of(theme);
            let size = |text_style: TextStyle| style.text_styles[&text_style].size;
            assert!(size(TextStyle::Body) >= 14.0 && size(TextStyle::Button) >= 14.0, "{theme:?}");
            assert!(size(TextStyle::Small) >= 13.0 && size(TextStyle::Monospace) >= 13.0, "{theme:?}");
            assert!(size(TextStyle::Heading) > size(TextStyle::Body), "{theme:?}");
        }
    }

    #[test]
    fn install_once_installs_and_then_leaves_the_style_alone() {
        let ctx = egui::Context::default();
        // Nothing is painted here, so the font atlas updates are dropped on purpose.
        let frame = |run: &mut dyn FnMut(&mut egui::Ui)| ctx.run_ui(egui::RawInput::default(), run).textures_delta.clear();
        let mut first_frame_body = 0.0;
        frame(&mut |ui| {
            install_once(ui);
            first_frame_body = ui.style().text_styles[&TextStyle::Body].size;
        });
        assert_eq!(first_frame_body, BODY_SIZE, "the first frame already has the look");
        // A later change (say, a test's) is not undone on the next frame.
        ctx.style_mut_of(Theme::Dark, |style| style.visuals.hyperlink_color = Color32::RED);
        frame(&mut |ui| install_once(ui));
        assert_eq!(ctx.style_of(Theme::Dark).visuals.hyperlink_color, Color32::RED);
    }
}
