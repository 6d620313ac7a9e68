import { Schema, model } from 'mongoose'

/** Settings an admin changes at run time (e.g. the time-limit policy), one document per key. */
const settingSchema = new Schema(
  {
    _id: { type: String, required: true },
    value: { type: Schema.Types.Mixed, required: true },
    updatedBy: { type: String, maxlength: 200 },
  },
  { timestamps: true, versionKey: false },
)

export const SettingModel = model('Setting', settingSchema)

/** The stored value of a setting, or undefined. */
export async function readSetting<T>(key: string): Promise<T | undefined> {
  const d = await SettingModel.findById(key).lean()
  return d ? (d.value as T) : undefined
}

/** Stores a setting (replacing the previous value). */
export async function writeSetting(key: string, value: unknown, updatedBy?: string): Promise<void> {
  await SettingModel.updateOne({ _id: key }, { $set: { value, updatedBy } }, { upsert: true })
}
