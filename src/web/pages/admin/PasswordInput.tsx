import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ControlProps } from '../../components/form/Field.tsx';
import { generatePassword } from './generate-password.ts';

/**
 * A password an administrator sets for someone else. It is shown as typed (a text field, kept out
 * of password managers): the administrator must read it out or copy it to pass it on. "Generate"
 * fills in a random one.
 */
export function PasswordInput(props: {
  control: ControlProps;
  value: string;
  onChange: (password: string) => void;
}): ReactNode {
  const { t } = useTranslation('admin');
  return (
    <span className="admin-password">
      <input
        {...props.control}
        type="text"
        autoComplete="off"
        autoCapitalize="off"
        spellCheck={false}
        className="admin-password-input"
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
      />
      <button
        type="button"
        className="secondary"
        onClick={() => props.onChange(generatePassword((b) => crypto.getRandomValues(b)))}
      >
        {t('password.generate')}
      </button>
    </span>
  );
}
