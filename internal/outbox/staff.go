package outbox

import (
	"fmt"
	"strings"
	"time"

	"github.com/teleworkmonth/platform/internal/telework"
)

// The kinds of the messages of staff accounts.
const (
	KindStaffInvitation = "user.invitation"     // an invitation to set the password of a new account
	KindPasswordReset   = "user.password_reset" // a link to set a forgotten password again
)

// InvitationMessage is the invitation of a person (name, to) to the console: the link sets their
// password, once, until expiresAt. In Japanese, then English.
func InvitationMessage(userID int64, to, name, link string, expiresAt time.Time) Message {
	var b strings.Builder
	line := func(format string, args ...any) { fmt.Fprintf(&b, format+"\n", args...) }
	line("%s 様", name)
	line("")
	line("テレワーク月間 管理コンソールのアカウントが用意されました。")
	line("次のリンクを開き、ご自身でパスワードを設定してください（%s まで、1回限り有効）。", expiresJa(expiresAt))
	line("")
	line("%s", link)
	line("")
	line("お心当たりのない場合は、このメールを破棄してください。リンクを開かなければアカウントは使われません。")
	line("")
	line("----")
	line("")
	line("Dear %s,", name)
	line("")
	line("An account of the Telework Month console has been made for you. Open this link to set your")
	line("own password (it works once, until %s):", expiresEn(expiresAt))
	line("")
	line("%s", link)
	line("")
	line("If you did not expect this message, ignore it: the account stays unused until the link is opened.")
	signature(line)
	return Message{Kind: KindStaffInvitation, ObjectType: "User", ObjectID: userID, To: to,
		Subject: "【テレワーク月間】管理コンソールへのご招待 / Your invitation to the Telework Month console", Body: b.String()}
}

// PasswordResetMessage is the link that sets a forgotten password, once, until expiresAt. It names
// nobody: it is made before the account is looked up (see auth.Service.RequestPasswordReset).
func PasswordResetMessage(link string, expiresAt time.Time) (subject, body string) {
	var b strings.Builder
	line := func(format string, args ...any) { fmt.Fprintf(&b, format+"\n", args...) }
	line("テレワーク月間 管理コンソールのパスワード再設定のお申し込みを受け付けました。")
	line("次のリンクを開き、新しいパスワードを設定してください（%s まで、1回限り有効）。", expiresJa(expiresAt))
	line("設定すると、ほかの端末でのログインはすべて終了します。")
	line("")
	line("%s", link)
	line("")
	line("お申し込みに心当たりのない場合は、このメールを破棄してください。パスワードは変わりません。")
	line("")
	line("----")
	line("")
	line("Someone asked to reset the password of your Telework Month console account. Open this link to")
	line("set a new password (it works once, until %s); every other sign-in of yours then ends:", expiresEn(expiresAt))
	line("")
	line("%s", link)
	line("")
	line("If you did not ask for this, ignore this message: your password stays as it is.")
	signature(line)
	return "【テレワーク月間】パスワードの再設定 / Reset your Telework Month console password", b.String()
}

func signature(line func(string, ...any)) {
	line("")
	line("このメールは送信専用です。 This message was sent automatically; replies are not read.")
	line("テレワーク月間実行委員会 / Telework Month Executive Committee")
}

// expiresJa is a link's expiry in Japan, e.g. 2026年12月9日(水) 15:04（日本時間）.
func expiresJa(t time.Time) string {
	j := t.In(telework.Japan)
	return fmt.Sprintf("%d年%d月%d日(%s) %s（日本時間）", j.Year(), j.Month(), j.Day(), weekdaysJa[j.Weekday()], j.Format("15:04"))
}

// expiresEn is a link's expiry in Japan in English, e.g. Wednesday 9 December 2026, 15:04 JST.
func expiresEn(t time.Time) string {
	return t.In(telework.Japan).Format("Monday 2 January 2006, 15:04") + " JST (UTC+9)"
}
