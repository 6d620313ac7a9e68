import { Schema, model } from 'mongoose'
import { copyById } from './collection-copy'
import { reportWrites } from './write-hooks'

/** Settings an admin changes at run time (e.g. the time-limit policy), one document per key. */
const settingSchema = new Schema(
  {
    _id: { type: String, required: true },
    value: { type: Schema.Types.Mixed, required: true },
    updatedBy: { type: String, maxlength: 200 },
  },
  { timestamps: true, versionKey: false },
)

// Settings are read on every new request (the time-limit policy) and written by an admin now and then: they are
// read from a copy of them all, which this process's writes invalidate at once (others' after CACHE_RELOAD_S).
reportWrites(settingSchema, 'Setting')
export const SettingModel = model('Setting', settingSchema)

const settings = copyById<unknown>('Setting', SettingModel, (d: { value: unknown }) => d.value)

/** The stored value of a setting, or undefined. */
export async function readSetting<T>(key: string): Promise<T | undefined> {
  return (await settings.get()).get(key) as T | undefined
}

/** Stores a setting (replacing the previous value). */
export async function writeSetting(key: string, value: unknown, updatedBy?: string): Promise<void> {
  await SettingModel.updateOne({ _id: key }, { $set: { value, updatedBy } }, { upsert: true })
}
