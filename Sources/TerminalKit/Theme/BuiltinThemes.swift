// Generated from themes/*.theme by `UPDATE_SNAPSHOTS=1 swift test --filter BuiltinThemesTests`; do not edit.
// The built-in themes are compiled in so the program finds them wherever it is installed;
// BuiltinThemesTests fails when this file and the themes/ folder disagree.

/// The text of every theme in the repository's themes/ folder, by name.
enum BuiltinThemes {
    static let names: [String] = ["default", "high-contrast", "light", "monochrome", "tty", "wall-chart"]

    static func text(named name: String) -> String? {
        switch name {
        case "default":
            return ##"""
            # Village Board — default theme: a dark background, 256 colours or more.
            #
            # Every other theme falls back to this one key by key, so it names every style the program
            # uses. The format is described in README.md next to this file.

            [theme]
            description = Dark background; the reference all other themes fall back to.
            glyphs = unicode

            [styles]
            normal            = default on default
            header            = bright-white on 24, bold
            footer            = 252 on 236
            title             = bright-white, bold
            border            = 244
            muted             = 245
            focus             = black on 39, bold
            selection         = bright-white on 238
            hint.key          = black on 250, bold
            hint.text         = 250 on 236
            status.unresolved = #ff5f5f, bold
            status.pending    = #ffaf00
            status.cleared    = #5fd75f
            status.nodata     = 244
            status.overdue    = bright-white on #af0000, bold
            warning           = #ffaf00, bold
            error             = bright-white on #af0000, bold
            success           = #5fd75f
            info              = #5fafff
            input             = bright-white on 237
            input.placeholder = 243 on 237
            chart.bar         = #5fafff
            chart.axis        = 244
            map               = default
            map.border        = 240
            map.label         = bright-white
            map.unresolved    = bright-white on #af0000
            map.pending       = black on #d78700
            map.cleared       = black on #5faf5f
            map.nodata        = 250 on 238
            dialog            = default on 236
            dialog.border     = #5fafff on 236
            menu              = default on 236
            menu.selected     = black on 39
            tab               = 250 on 236
            tab.active        = bright-white on 24, bold
            link              = #5fafff, underline

            # Used when there is no colour (NO_COLOR, vt100, --theme monochrome): attributes only.
            # Status glyphs (✓ ✗ – ?) carry the meaning; these keep focus and headings visible.
            [monochrome]
            normal            = none
            header            = bold, reverse
            footer            = reverse
            title             = bold
            border            = none
            muted             = dim
            focus             = reverse, bold
            selection         = reverse
            hint.key          = reverse, bold
            hint.text         = none
            status.unresolved = bold
            status.pending    = underline
            status.cleared    = none
            status.nodata     = dim
            status.overdue    = bold, underline
            warning           = bold
            error             = bold, reverse
            success           = none
            info              = none
            input             = underline
            input.placeholder = dim, underline
            chart.bar         = none
            chart.axis        = dim
            map               = none
            map.border        = none
            map.label         = bold
            map.unresolved    = reverse, bold
            map.pending       = underline
            map.cleared       = none
            map.nodata        = dim
            dialog            = none
            dialog.border     = bold
            menu              = none
            menu.selected     = reverse
            tab               = none
            tab.active        = reverse, bold
            link              = underline
            """##
        case "high-contrast":
            return ##"""
            # Village Board — high contrast: bright text on black, strong reverse video, 16 colours only.
            # For weak eyes, projectors and sunlight on a laptop screen.

            [theme]
            description = Maximum contrast, 16 colours, bold everywhere it helps.

            [styles]
            normal            = bright-white on black
            header            = black on bright-white, bold
            footer            = black on bright-white
            title             = bright-yellow, bold
            border            = bright-white
            muted             = white
            focus             = black on bright-yellow, bold
            selection         = black on bright-cyan, bold
            hint.key          = black on bright-yellow, bold
            hint.text         = bright-white on black
            status.unresolved = bright-red, bold
            status.pending    = bright-yellow, bold
            status.cleared    = bright-green, bold
            status.nodata     = white
            status.overdue    = bright-white on red, bold, underline
            warning           = bright-yellow, bold
            error             = bright-white on red, bold
            success           = bright-green, bold
            info              = bright-cyan, bold
            input             = bright-white on blue, bold
            input.placeholder = white on blue
            chart.bar         = bright-cyan
            chart.axis        = bright-white
            map.border        = bright-white
            map.label         = bright-white, bold
            map.unresolved    = bright-white on red, bold
            map.pending       = black on bright-yellow, bold
            map.cleared       = black on bright-green, bold
            map.nodata        = black on white
            dialog            = bright-white on blue
            dialog.border     = bright-yellow on blue, bold
            menu              = bright-white on blue
            menu.selected     = black on bright-yellow, bold
            tab               = bright-white on black
            tab.active        = black on bright-white, bold
            link              = bright-cyan, underline
            """##
        case "light":
            return ##"""
            # Village Board — light theme: dark text for terminals with a white or pale background.
            # Keys not set here come from the default theme.

            [theme]
            description = Light background, 256 colours.

            [styles]
            normal            = default on default
            header            = bright-white on 25, bold
            footer            = 236 on 252
            title             = 17, bold
            border            = 245
            muted             = 242
            focus             = bright-white on 26, bold
            selection         = black on 153
            hint.key          = bright-white on 238, bold
            hint.text         = 236 on 252
            status.unresolved = #c00000, bold
            status.pending    = #c08000, bold
            status.cleared    = #007700
            status.nodata     = 244
            status.overdue    = bright-white on #c00000, bold
            warning           = #c08000, bold
            error             = bright-white on #c00000, bold
            success           = #007700
            info              = 25
            input             = black on 255, underline
            input.placeholder = 245 on 255
            chart.bar         = 25
            chart.axis        = 245
            map.border        = 247
            map.label         = black, bold
            map.unresolved    = bright-white on #c00000
            map.pending       = black on #ffaf00
            map.cleared       = bright-white on #008700
            map.nodata        = 238 on 252
            dialog            = black on 254
            dialog.border     = 25 on 254
            menu              = black on 254
            menu.selected     = bright-white on 26
            tab               = 238 on 252
            tab.active        = bright-white on 25, bold
            link              = 25, underline
            """##
        case "monochrome":
            return ##"""
            # Village Board — monochrome: no colour at all, only bold, underline, dim and reverse.
            # Every status still has its glyph (✓ ✗ – ?), so nothing depends on colour.
            # Setting NO_COLOR gives the same look with any theme.

            [theme]
            description = No colour; attributes only.

            [styles]
            normal            = none
            header            = bold, reverse
            footer            = reverse
            title             = bold
            border            = none
            muted             = dim
            focus             = reverse, bold
            selection         = reverse
            hint.key          = reverse, bold
            hint.text         = none
            status            = none
            status.unresolved = bold
            status.pending    = underline
            status.cleared    = none
            status.nodata     = dim
            status.overdue    = bold, underline
            warning           = bold
            error             = bold, reverse
            success           = none
            info              = none
            input             = underline
            input.placeholder = dim, underline
            chart             = none
            chart.bar         = none
            chart.axis        = dim
            map               = none
            map.border        = none
            map.label         = bold
            map.unresolved    = reverse, bold
            map.pending       = underline
            map.cleared       = none
            map.nodata        = dim
            dialog            = none
            dialog.border     = bold
            menu              = none
            menu.selected     = reverse
            tab               = none
            tab.active        = reverse, bold
            link              = underline
            """##
        case "tty":
            return ##"""
            # Village Board — tty: the eight colours and bold/reverse of the Linux text console.
            # Bright colours are avoided (the console shows them as bold) and the ASCII glyph set is used,
            # since the console font has no room for box lines, ticks or Chinese.

            [theme]
            description = Linux text console: 8 colours, bold and reverse, ASCII glyphs.
            glyphs = ascii

            [styles]
            normal            = white on black
            header            = black on cyan
            footer            = black on white
            title             = white, bold
            border            = blue
            muted             = white, dim
            focus             = black on yellow
            selection         = black on white
            hint.key          = black on cyan
            hint.text         = white on black
            status.unresolved = red, bold
            status.pending    = yellow
            status.cleared    = green
            status.nodata     = white, dim
            status.overdue    = white on red, bold
            warning           = yellow, bold
            error             = white on red, bold
            success           = green
            info              = cyan
            input             = white on blue
            input.placeholder = cyan on blue
            chart.bar         = cyan
            chart.axis        = white
            map.border        = blue
            map.label         = white, bold
            map.unresolved    = white on red, bold
            map.pending       = black on yellow
            map.cleared       = black on green
            map.nodata        = black on white
            dialog            = white on blue
            dialog.border     = yellow on blue, bold
            menu              = white on blue
            menu.selected     = black on cyan
            tab               = white on black
            tab.active        = black on cyan
            link              = cyan, underline
            """##
        case "wall-chart":
            return ##"""
            # Village Board — wall chart: the red / amber / green of a paper battle chart on the office wall,
            # on a light paper-coloured background. Good for projecting at meetings.

            [theme]
            description = Red, amber and green on paper; for projectors and printed-looking boards.
            inherit = light

            [styles]
            normal            = #1c1c1c on #fbf7ee
            header            = #fbf7ee on #8b1a1a, bold
            footer            = #1c1c1c on #e8e0cc
            title             = #8b1a1a, bold
            border            = #8a7f6a
            muted             = #6b6357
            focus             = #fbf7ee on #1f4e79, bold
            selection         = #1c1c1c on #f2d7a0
            hint.key          = #fbf7ee on #5b4a32, bold
            hint.text         = #1c1c1c on #e8e0cc
            status.unresolved = #fbf7ee on #c62828, bold
            status.pending    = #1c1c1c on #f9a825, bold
            status.cleared    = #fbf7ee on #2e7d32, bold
            status.nodata     = #1c1c1c on #d6d0c4
            status.overdue    = #fbf7ee on #7b0000, bold, underline
            warning           = #9a5b00, bold
            error             = #fbf7ee on #c62828, bold
            success           = #2e7d32, bold
            chart.bar         = #c62828
            chart.axis        = #8a7f6a
            map.border        = #8a7f6a
            map.label         = #1c1c1c, bold
            map.unresolved    = #fbf7ee on #c62828, bold
            map.pending       = #1c1c1c on #f9a825, bold
            map.cleared       = #fbf7ee on #2e7d32, bold
            map.nodata        = #1c1c1c on #d6d0c4
            """##
        default:
            return nil
        }
    }
}
