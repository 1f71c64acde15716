package telework

// Nullable is the new value of an optional field in a set of changes: the field stays as it is
// unless Set; when Set, a nil Value clears it.
type Nullable[T any] struct {
	Set   bool
	Value *T
}

// SetTo returns the change of an optional field to v.
func SetTo[T any](v T) Nullable[T] { return Nullable[T]{Set: true, Value: &v} }

// Cleared returns the change that clears an optional field.
func Cleared[T any]() Nullable[T] { return Nullable[T]{Set: true} }

// IfGiven returns the change to *v when v is not nil, and no change otherwise: the reading of an
// input field for which null and omitted both mean "leave it as it is".
func IfGiven[T any](v *T) Nullable[T] { return Nullable[T]{Set: v != nil, Value: v} }

// setNullable applies a change to an optional field.
func setNullable[T any](field **T, change Nullable[T]) {
	if change.Set {
		*field = change.Value
	}
}
