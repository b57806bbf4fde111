// Tests run where nothing loads on demand: every question type's rules at once, as the build has them.
import '~/core/questions/all-rules';
