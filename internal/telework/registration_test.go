package telework

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/teleworkmonth/platform/internal/apperr"
)

func regPtr[T any](v T) *T { return &v }

// validRegistration is a company's registration that passes, for the cases to spoil.
func validRegistration() NewRegistration {
	return NewRegistration{
		FiscalYear: 2026, Kind: KindCompany, Name: "テレワーク商事株式会社", NameKana: regPtr("テレワークショウジ"),
		Prefecture: regPtr(Prefecture("TOKYO")), Industry: regPtr("情報通信業"), EmployeeCount: regPtr(120),
		TeleworkerCount: regPtr(80), TeleworkIntroduced: regPtr(true),
		Activities: []ActivityCategory{"PRACTICING"}, PublishName: true,
		Contact: Contact{Name: "山田 太郎", Email: "taro@example.jp", Phone: regPtr("03-1234-5678")},
	}
}

func wantFieldError(t *testing.T, err error, field string) {
	t.Helper()
	if field == "" {
		if err != nil {
			t.Fatalf("error %v, want none", err)
		}
		return
	}
	e, ok := apperr.As(err)
	if !ok || e.Code != apperr.BadUserInput || e.Field != field {
		t.Fatalf("error %v, want BAD_USER_INPUT naming %s", err, field)
	}
}

func TestNewRegistrationValidate(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name  string
		edit  func(*NewRegistration)
		field string // the field named by the error; "" for none
		check func(*testing.T, NewRegistration)
	}{
		{"valid", func(*NewRegistration) {}, "", nil},
		{"fiscal year", func(n *NewRegistration) { n.FiscalYear = 0 }, "input.fiscalYear", nil},
		{"unknown kind", func(n *NewRegistration) { n.Kind = "PERSON" }, "input.kind", nil},
		{"empty name", func(n *NewRegistration) { n.Name = "" }, "input.name", nil},
		{"blank name", func(n *NewRegistration) { n.Name = " \u3000 " }, "input.name", nil},
		{"name of 200", func(n *NewRegistration) { n.Name = strings.Repeat("名", 200) }, "", nil},
		{"name of 201", func(n *NewRegistration) { n.Name = strings.Repeat("名", 201) }, "input.name", nil},
		{"name of 201 before trimming", func(n *NewRegistration) { n.Name = " " + strings.Repeat("名", 200) }, "", nil},
		{"name with a tab", func(n *NewRegistration) { n.Name = "テレワーク\t商事" }, "input.name", nil},
		{"name with a line break", func(n *NewRegistration) { n.Name = "テレワーク\n商事" }, "input.name", nil},
		{"name with a bidirectional override", func(n *NewRegistration) { n.Name = "\u202Eテレワーク" }, "input.name", nil},
		{"name of invalid UTF-8", func(n *NewRegistration) { n.Name = "テレ\xffワーク" }, "input.name", nil},
		{"name normalized", func(n *NewRegistration) { n.Name = "　ＡＢＣ　ﾃﾚﾜｰｸ　" }, "", func(t *testing.T, n NewRegistration) {
			if n.Name != "ABC テレワーク" {
				t.Errorf("name %q", n.Name)
			}
		}},
		{"kana in hiragana", func(n *NewRegistration) { n.NameKana = regPtr("てれわーく しょうじ") }, "", func(t *testing.T, n NewRegistration) {
			if *n.NameKana != "テレワーク ショウジ" {
				t.Errorf("kana %q", *n.NameKana)
			}
		}},
		{"kana in half-width", func(n *NewRegistration) { n.NameKana = regPtr("ﾃﾚﾜｰｸ･ｼｮｳｼﾞ") }, "", func(t *testing.T, n NewRegistration) {
			if *n.NameKana != "テレワーク・ショウジ" {
				t.Errorf("kana %q", *n.NameKana)
			}
		}},
		{"kana blank is none", func(n *NewRegistration) { n.NameKana = regPtr("\u3000") }, "", func(t *testing.T, n NewRegistration) {
			if n.NameKana != nil {
				t.Errorf("kana %q", *n.NameKana)
			}
		}},
		{"kana with kanji", func(n *NewRegistration) { n.NameKana = regPtr("テレワーク商事") }, "input.nameKana", nil},
		{"kana with latin", func(n *NewRegistration) { n.NameKana = regPtr("ABC") }, "input.nameKana", nil},
		{"kana with a control character", func(n *NewRegistration) { n.NameKana = regPtr("テレ\x07ワーク") }, "input.nameKana", nil},
		{"kana of 201", func(n *NewRegistration) { n.NameKana = regPtr(strings.Repeat("ア", 201)) }, "input.nameKana", nil},
		{"company without prefecture", func(n *NewRegistration) { n.Prefecture = nil }, "input.prefecture", nil},
		{"local government without prefecture", func(n *NewRegistration) { n.Kind, n.Prefecture = KindLocalGovernment, nil }, "input.prefecture", nil},
		{"unknown prefecture", func(n *NewRegistration) { n.Prefecture = regPtr(Prefecture("EDO")) }, "input.prefecture", nil},
		{"individual with prefecture", func(n *NewRegistration) { n.Kind = KindIndividual }, "input.prefecture", nil},
		{"individual", func(n *NewRegistration) { n.Kind, n.Prefecture = KindIndividual, nil }, "", nil},
		{"industry of 101", func(n *NewRegistration) { n.Industry = regPtr(strings.Repeat("業", 101)) }, "input.industry", nil},
		{"industry blank is none", func(n *NewRegistration) { n.Industry = regPtr("  ") }, "", func(t *testing.T, n NewRegistration) {
			if n.Industry != nil {
				t.Errorf("industry %q", *n.Industry)
			}
		}},
		{"negative employees", func(n *NewRegistration) { n.EmployeeCount = regPtr(-1) }, "input.employeeCount", nil},
		{"too many employees", func(n *NewRegistration) { n.EmployeeCount = regPtr(MaxHeadcount + 1) }, "input.employeeCount", nil},
		{"negative teleworkers", func(n *NewRegistration) { n.TeleworkerCount = regPtr(-1) }, "input.teleworkerCount", nil},
		{"more teleworkers than employees", func(n *NewRegistration) { n.TeleworkerCount = regPtr(121) }, "input.teleworkerCount", nil},
		{"teleworkers without employees", func(n *NewRegistration) { n.EmployeeCount = nil }, "", nil},
		{"no activity", func(n *NewRegistration) { n.Activities = nil }, "input.activities", nil},
		{"unknown activity", func(n *NewRegistration) { n.Activities = []ActivityCategory{"WATCHING"} }, "input.activities", nil},
		{"an activity twice", func(n *NewRegistration) { n.Activities = []ActivityCategory{"LEARNING", "PRACTICING", "LEARNING"} }, "input.activities", nil},
		{"activities in the call's order", func(n *NewRegistration) { n.Activities = []ActivityCategory{"PROMOTING", "PRACTICING"} }, "", func(t *testing.T, n NewRegistration) {
			if !slices.Equal(n.Activities, []ActivityCategory{"PRACTICING", "PROMOTING"}) {
				t.Errorf("activities %v", n.Activities)
			}
		}},
		{"contact without name", func(n *NewRegistration) { n.Contact.Name = "" }, "input.contact.name", nil},
		{"contact name of 101", func(n *NewRegistration) { n.Contact.Name = strings.Repeat("名", 101) }, "input.contact.name", nil},
		{"contact without email", func(n *NewRegistration) { n.Contact.Email = " " }, "input.contact.email", nil},
		{"contact email invalid", func(n *NewRegistration) { n.Contact.Email = "taro@example" }, "input.contact.email", nil},
		{"contact email of 255", func(n *NewRegistration) {
			n.Contact.Email = strings.Repeat("a", 64) + "@" + strings.Repeat("b", 187) + ".jp"
		}, "input.contact.email", nil},
		{"contact email normalized", func(n *NewRegistration) { n.Contact.Email = "Ｔａｒｏ＠ＥＸＡＭＰＬＥ．ＪＰ" }, "", func(t *testing.T, n NewRegistration) {
			if n.Contact.Email != "Taro@example.jp" {
				t.Errorf("email %q", n.Contact.Email)
			}
		}},
		{"contact phone invalid", func(n *NewRegistration) { n.Contact.Phone = regPtr("1234") }, "input.contact.phone", nil},
		{"contact phone normalized", func(n *NewRegistration) { n.Contact.Phone = regPtr("＋８１　９０　１２３４　５６７８") }, "", func(t *testing.T, n NewRegistration) {
			if *n.Contact.Phone != "+81-90-1234-5678" {
				t.Errorf("phone %q", *n.Contact.Phone)
			}
		}},
		{"contact phone blank is none", func(n *NewRegistration) { n.Contact.Phone = regPtr(" ") }, "", func(t *testing.T, n NewRegistration) {
			if n.Contact.Phone != nil {
				t.Errorf("phone %q", *n.Contact.Phone)
			}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			n := validRegistration()
			tt.edit(&n)
			wantFieldError(t, n.Validate(), tt.field)
			if tt.check != nil {
				tt.check(t, n)
			}
		})
	}
}

func TestRegistrationChanges(t *testing.T) {
	t.Parallel()
	company := func() *Registrant { n := validRegistration(); _ = n.Validate(); return n.Registrant(1) }
	person := func() *Registrant {
		n := validRegistration()
		n.Kind, n.Prefecture = KindIndividual, nil
		_ = n.Validate()
		return n.Registrant(1)
	}
	tests := []struct {
		name   string
		r      func() *Registrant
		c      RegistrationChanges
		field  string
		public bool // whether the change touches what the public list shows
	}{
		{"nothing", company, RegistrationChanges{}, "", false},
		{"name", company, RegistrationChanges{Name: regPtr(" 新社名 ")}, "", true},
		{"same name", company, RegistrationChanges{Name: regPtr("テレワーク商事株式会社")}, "", false},
		{"blank name", company, RegistrationChanges{Name: regPtr(" ")}, "input.name", false},
		{"industry", company, RegistrationChanges{Industry: SetTo("製造業")}, "", true},
		{"industry cleared", company, RegistrationChanges{Industry: SetTo("")}, "", true},
		{"industry too long", company, RegistrationChanges{Industry: SetTo(strings.Repeat("業", 101))}, "input.industry", false},
		{"prefecture of a company", company, RegistrationChanges{Prefecture: regPtr(Prefecture("OSAKA"))}, "", false},
		{"prefecture of an individual", person, RegistrationChanges{Prefecture: regPtr(Prefecture("OSAKA"))}, "input.prefecture", false},
		{"unknown prefecture", company, RegistrationChanges{Prefecture: regPtr(Prefecture("EDO"))}, "input.prefecture", false},
		{"employees below teleworkers", company, RegistrationChanges{EmployeeCount: SetTo(79)}, "input.employeeCount", false},
		{"employees at teleworkers", company, RegistrationChanges{EmployeeCount: SetTo(80)}, "", false},
		{"employees negative", company, RegistrationChanges{EmployeeCount: SetTo(-5)}, "input.employeeCount", false},
		{"no activity", company, RegistrationChanges{Activities: []ActivityCategory{}}, "input.activities", false},
		{"activities", company, RegistrationChanges{Activities: []ActivityCategory{"PROMOTING", "LEARNING"}}, "", false},
		{"contact", company, RegistrationChanges{Contact: &Contact{Name: "佐藤 花子", Email: "hanako@EXAMPLE.jp"}}, "", false},
		{"contact email invalid", company, RegistrationChanges{Contact: &Contact{Name: "佐藤 花子", Email: "hanako"}}, "input.contact.email", false},
		{"publish name", company, RegistrationChanges{PublishName: regPtr(false)}, "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			before := tt.r()
			after := *before
			err := tt.c.Validate()
			if err == nil {
				err = tt.c.Apply(&after)
			}
			wantFieldError(t, err, tt.field)
			if err == nil && PublicTextChanged(before, &after) != tt.public {
				t.Errorf("public text changed: %v, want %v", !tt.public, tt.public)
			}
		})
	}
}

func TestNewAwardEntryValidate(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name  string
		entry NewAwardEntry
		field string
	}{
		{"valid", NewAwardEntry{1, "全社員の在宅勤務を制度化しました。\r\n二行目。", "taro@example.jp"}, ""},
		{"no program", NewAwardEntry{0, "取組", "taro@example.jp"}, "input.programId"},
		{"empty summary", NewAwardEntry{1, " \n ", "taro@example.jp"}, "input.summary"},
		{"summary of 4000", NewAwardEntry{1, strings.Repeat("あ", 4000), "taro@example.jp"}, ""},
		{"summary of 4001", NewAwardEntry{1, strings.Repeat("あ", 4001), "taro@example.jp"}, "input.summary"},
		{"summary with a control character", NewAwardEntry{1, "取\x00組", "taro@example.jp"}, "input.summary"},
		{"invalid email", NewAwardEntry{1, "取組", "taro@"}, "input.contactEmail"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := tt.entry
			wantFieldError(t, e.Validate(), tt.field)
			if tt.field == "" && (strings.Contains(e.Summary, "\r") || e.Summary != strings.TrimSpace(e.Summary)) {
				t.Errorf("summary %q", e.Summary)
			}
		})
	}
}

// FuzzValidateRegistration: Validate never panics; what it accepts has no control characters,
// respects every limit, is a fixed point of the normalizers, and passes Validate again unchanged.
func FuzzValidateRegistration(f *testing.F) {
	f.Add(uint8(0), "テレワーク商事株式会社", "テレワークショウジ", "情報通信業", "山田 太郎", "taro@example.jp", "03-1234-5678", 120, 80, uint8(1))
	f.Add(uint8(3), "ＡＢＣ　ﾃﾚﾜｰｸ", "てれわーく", "", "Ｔａｒｏ", "ｔａｒｏ＠ＥＸＡＭＰＬＥ．ＪＰ", "＋８１　９０　１２３４　５６７８", -1, -1, uint8(7))
	f.Add(uint8(1), "名\t前", "ｶﾞ", "業\u202E", "a\nb", "a@b", "0", 0, 0, uint8(0))
	f.Add(uint8(2), strings.Repeat("名", 201), strings.Repeat("ア", 200), strings.Repeat("業", 100), "x", "x@y.z", "", MaxHeadcount, MaxHeadcount+1, uint8(3))
	f.Add(uint8(9), "\xff", "\u309B", "\u00A8", "\u1680", "@@", "--", 1, 2, uint8(255))
	kinds := []RegistrantKind{KindCompany, KindLocalGovernment, KindOrganization, KindIndividual}
	f.Fuzz(func(t *testing.T, kind uint8, name, kana, industry, contactName, email, phone string, employees, teleworkers int, activities uint8) {
		n := NewRegistration{
			FiscalYear: 2026, Kind: "UNKNOWN", Name: name, NameKana: &kana, Industry: &industry,
			Contact: Contact{Name: contactName, Email: email, Phone: &phone},
		}
		if int(kind) < len(kinds) {
			n.Kind = kinds[kind]
		}
		if n.Kind.IsBody() {
			n.Prefecture = regPtr(Prefecture("TOKYO"))
		}
		if employees >= 0 {
			n.EmployeeCount = &employees
		}
		if teleworkers >= 0 {
			n.TeleworkerCount = &teleworkers
		}
		for i, a := range []ActivityCategory{"PRACTICING", "LEARNING", "PROMOTING", "WATCHING"} {
			if activities&(1<<i) != 0 {
				n.Activities = append(n.Activities, a)
			}
		}
		if n.Validate() != nil {
			return
		}
		checkAccepted(t, n)
		again := n
		if err := again.Validate(); err != nil {
			t.Fatalf("accepted %+v, then refused it: %v", n, err)
		}
		if again.Name != n.Name || !equalOptional(again.NameKana, n.NameKana) || !equalOptional(again.Industry, n.Industry) ||
			again.Contact.Email != n.Contact.Email || !equalOptional(again.Contact.Phone, n.Contact.Phone) {
			t.Fatalf("validating %+v again changed it to %+v", n, again)
		}
	})
}

func checkAccepted(t *testing.T, n NewRegistration) {
	t.Helper()
	texts := []struct {
		field string
		value *string
		limit int
	}{
		{"name", &n.Name, MaxNameLength}, {"nameKana", n.NameKana, MaxNameLength},
		{"industry", n.Industry, MaxIndustryLength}, {"contact.name", &n.Contact.Name, MaxContactNameLength},
		{"contact.email", &n.Contact.Email, MaxEmailLength}, {"contact.phone", n.Contact.Phone, 30},
	}
	for _, tx := range texts {
		if tx.value == nil {
			continue
		}
		if s := *tx.value; s == "" || hasControlOrFormat(s) || utf8.RuneCountInString(s) > tx.limit || NormalizeName(s) != s {
			t.Fatalf("accepted %s %q", tx.field, s)
		}
	}
	if n.Name == "" || n.Contact.Name == "" || !IsEmail(n.Contact.Email) ||
		(n.NameKana != nil && !IsKana(*n.NameKana)) || (n.Contact.Phone != nil && !IsPhone(*n.Contact.Phone)) {
		t.Fatalf("accepted %+v", n)
	}
	for _, c := range []*int{n.EmployeeCount, n.TeleworkerCount} {
		if c != nil && (*c < 0 || *c > MaxHeadcount) {
			t.Fatalf("accepted a headcount of %d", *c)
		}
	}
	if n.EmployeeCount != nil && n.TeleworkerCount != nil && *n.TeleworkerCount > *n.EmployeeCount {
		t.Fatalf("accepted %d teleworkers of %d employees", *n.TeleworkerCount, *n.EmployeeCount)
	}
	if len(n.Activities) == 0 || len(n.Activities) > len(ActivityCategories) {
		t.Fatalf("accepted activities %v", n.Activities)
	}
	if n.Kind.IsBody() != (n.Prefecture != nil) {
		t.Fatalf("accepted a %s with prefecture %v", n.Kind, n.Prefecture)
	}
}
