import VillageBoardCore

extension AppModel {
    /// The world checked the PIN: the user is in, and starts on the chart of their scope.
    mutating func loggedIn(_ user: User) {
        ctx.user = user
        forgetViews()
        switchTo(.chart)
        show(StatusMessage(ctx.text("login.welcome", user.name, ctx.text.name(user.role))))
    }
}
